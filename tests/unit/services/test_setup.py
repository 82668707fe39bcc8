"""Clusters and participants through the set-up service."""

from __future__ import annotations

from facilitator.services.bundle import Services
from facilitator.storage.store import Store


def test_clusters_add_rename_members_reorder_remove(services: Services, workshop_id: int) -> None:
    setup = services.setup
    syd, changes = setup.add_cluster(workshop_id, "Klynge Syd", "Mariagerfjord, Vesthimmerland\nRebild")
    assert changes.clusters
    nord, _ = setup.add_cluster(workshop_id, "Klynge Nord")
    midt, _ = setup.add_cluster(workshop_id, "Klynge Midt")
    setup.rename_cluster(nord, "  Klynge\nNord ")
    setup.set_cluster_members(nord, "Frederikshavn, Hjørring, Læsø, Brønderslev")
    setup.move_cluster(midt, 0)
    clusters = setup.clusters(workshop_id)
    assert [c.name for c in clusters] == ["Klynge Midt", "Klynge Syd", "Klynge Nord"]
    assert clusters[1].label == "Klynge Syd (Mariagerfjord, Vesthimmerland, Rebild)"
    assert clusters[2].members == ("Frederikshavn", "Hjørring", "Læsø", "Brønderslev")
    assert len({c.colour for c in clusters}) == 3
    setup.remove_cluster(syd)
    assert [c.name for c in setup.clusters(workshop_id)] == ["Klynge Midt", "Klynge Nord"]


def test_removing_a_cluster_keeps_its_participants_and_lines(services: Services, store: Store, workshop_id: int) -> None:
    from facilitator.storage.models import AgendaItem

    cluster, _ = services.setup.add_cluster(workshop_id, "Klynge Vest")
    person, _ = services.setup.add_participant(workshop_id, "Karen")
    services.setup.set_participant_cluster(person, cluster)
    with store.transaction() as session:
        item = AgendaItem(workshop_id=workshop_id, title="Gruppearbejde")
        session.add(item)
        session.flush()
        item_id = item.id
    services.capture.add_contribution(item_id, cluster, "En borger, en sag!")
    services.setup.remove_cluster(cluster)
    assert [(p.name, p.cluster_id) for p in services.setup.participants(workshop_id)] == [("Karen", None)]
    assert [(c.text, c.cluster_id) for c in services.capture.contributions(item_id)] == [("En borger, en sag!", None)]


def test_participant_fields_and_paste(services: Services, workshop_id: int) -> None:
    services.setup.add_cluster(workshop_id, "Klynge Syd")
    person, _ = services.setup.add_participant(workshop_id, "Lene")
    services.setup.set_participant_field(person, "email", " lene@example.dk ")
    result, changes = services.setup.paste_participants(
        workshop_id, "Navn\tOrganisation\tKlynge\nAnna\tRebild\tklynge syd\n\tNo name\nBo\tAalborg\tUkendt\n"
    )
    assert changes.participants
    assert result.added == 2
    assert [line.number for line in result.parsed.rejected] == [3]
    people = services.setup.participants(workshop_id)
    assert [(p.name, p.email) for p in people] == [("Lene", "lene@example.dk"), ("Anna", ""), ("Bo", "")]
    syd = services.setup.clusters(workshop_id)[0].id
    assert [p.cluster_id for p in people] == [None, syd, None]
    services.setup.remove_participant(person)
    assert len(services.setup.participants(workshop_id)) == 2
