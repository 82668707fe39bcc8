"""A small workshop built directly with storage models, shared by the capture tests."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.storage.models import AgendaItem, Cluster, Participant, Workshop
from facilitator.storage.store import Store

# Seed 001's four clusters, in the order their lists were written.
SEED_CLUSTERS = (
    ("Klynge Syd", "Mariagerfjord\nVesthimmerland\nRebild"),
    ("Klynge Nord", "Frederikshavn\nHjørring\nLæsø\nBrønderslev"),
    ("Klynge Midt", "Aalborg\nJammerbugt"),
    ("Klynge Vest", "Thisted\nMorsø"),
)


@dataclass
class World:
    store: Store
    workshop_id: int
    cluster_ids: list[int]
    participant_ids: list[int]
    group_item_id: int  # group work: the clusters' lists
    summary_item_id: int  # plenary summary and themes
    vote_item_id: int
    aco_item_id: int
    table_item_id: int  # a two-column item (seed 003)
    talk_item_id: int  # a presentation with Q&A


def build_world(store: Store) -> World:
    with store.transaction() as session:
        workshop = Workshop(title="Temadag om sundhedsaftalen")
        session.add(workshop)
        session.flush()
        clusters = [
            Cluster(workshop_id=workshop.id, position=i, name=name, members=members)
            for i, (name, members) in enumerate(SEED_CLUSTERS)
        ]
        session.add_all(clusters)
        session.flush()
        people = [
            Participant(workshop_id=workshop.id, position=i, name=name, cluster_id=clusters[i].id)
            for i, name in enumerate(["Ole", "Bente", "Jes"])
        ]
        session.add_all(people)
        items = [
            AgendaItem(workshop_id=workshop.id, position=0, kind="presentation", title="Oplæg"),
            AgendaItem(workshop_id=workshop.id, position=1, kind="group_work", title="Målsætninger"),
            AgendaItem(workshop_id=workshop.id, position=2, kind="summary", title="Opsamling i plenum"),
            AgendaItem(workshop_id=workshop.id, position=3, kind="plenary", title="Prioritering"),
            AgendaItem(workshop_id=workshop.id, position=4, kind="aco", title="Accepter, kritiser, tilbyd"),
            AgendaItem(
                workshop_id=workshop.id,
                position=5,
                kind="group_work",
                title="Borddrøftelser",
                capture_columns="Ønsker til regionen\nLokale ønsker\n",
            ),
        ]
        session.add_all(items)
        session.flush()
        return World(
            store=store,
            workshop_id=workshop.id,
            cluster_ids=[c.id for c in clusters],
            participant_ids=[p.id for p in people],
            talk_item_id=items[0].id,
            group_item_id=items[1].id,
            summary_item_id=items[2].id,
            vote_item_id=items[3].id,
            aco_item_id=items[4].id,
            table_item_id=items[5].id,
        )


def world_fixture(store: Store) -> World:
    """The shared ``store`` fixture filled with the seed workshop."""
    return build_world(store)
