"""Every shipped template becomes a complete stored workshop."""

from __future__ import annotations

import pytest

from facilitator.services.bundle import Services
from facilitator.services.templates import available_templates, load_template
from facilitator.storage.models import AcoResponse, AgendaItem, Contribution, Phase, Theme, Vote
from facilitator.storage.store import Store
from sqlmodel import func, select


@pytest.mark.parametrize("key", [info.key for info in available_templates()])
def test_template_creates_its_clusters_and_programme(services: Services, store: Store, key: str) -> None:
    data = load_template(key)
    workshop_id, changes = services.templates.create_from_template(key, title="Min workshop")
    assert changes.agenda and changes.clusters
    workshop = services.workshops.get(workshop_id)
    assert workshop.title == "Min workshop"
    assert [c.name for c in services.setup.clusters(workshop_id)] == [c["name"] for c in data.get("clusters", [])]
    with store.read() as session:
        items = session.exec(select(AgendaItem).where(AgendaItem.workshop_id == workshop_id)
                             .order_by(AgendaItem.position)).all()
        assert [item.title for item in items] == [item["title"] for item in data["agenda"]]
        phases = session.exec(select(func.count()).select_from(Phase)).one()
    assert phases == sum(len(item.get("phases", [])) for item in data["agenda"])


def test_templates_have_names_in_both_languages() -> None:
    infos = available_templates()
    assert len(infos) >= 4
    for info in infos:
        assert info.name("da") and info.name("en")


def test_demo_carries_captured_content(services: Services, store: Store) -> None:
    workshop_id, _ = services.templates.create_demo()
    clusters = services.setup.clusters(workshop_id)
    assert clusters[0].label == "Klynge Syd (Mariagerfjord, Vesthimmerland, Rebild)"
    with store.read() as session:
        lines = session.exec(select(Contribution)).all()
        themed = [line for line in lines if line.theme_id is not None]
        assert len(lines) > 30 and themed
        assert session.exec(select(func.count()).select_from(Theme)).one() > 0
        assert session.exec(select(func.count()).select_from(Vote)).one() > 0
        assert session.exec(select(func.count()).select_from(AcoResponse)).one() > 0
    first_syd = [line for line in lines if line.cluster_id == clusters[0].id and line.parent_id is None]
    assert first_syd[0].text.startswith("Mål som sikrer lige vilkår")
