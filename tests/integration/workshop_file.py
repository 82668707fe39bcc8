"""A small real workshop file for the fault tests, written through the services layer."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sqlmodel import col, select

from facilitator.services.capture import CaptureService
from facilitator.storage.database import open_store
from facilitator.storage.models import AgendaItem, Cluster, Contribution, Workshop
from facilitator.storage.store import Store


def seed(store: Store) -> tuple[int, int]:
    """The item and cluster to write to, created in one transaction when the file has none."""
    with store.transaction() as session:
        item = session.exec(select(AgendaItem)).first()
        cluster = session.exec(select(Cluster)).first()
        if item is None or cluster is None:
            workshop = Workshop(title="Fault test")
            session.add(workshop)
            session.flush()
            assert workshop.id is not None
            cluster = Cluster(workshop_id=workshop.id, name="Klynge Syd")
            item = AgendaItem(
                workshop_id=workshop.id, kind="group_work", title="Gruppearbejde", planned_minutes=20
            )
            session.add_all([cluster, item])
            session.flush()
        assert item.id is not None and cluster.id is not None
        return item.id, cluster.id


def add_lines(store: Store, texts: Iterable[str]) -> None:
    """Capture ``texts`` as one cluster's lines, one committed service call each."""
    item_id, cluster_id = seed(store)
    capture = CaptureService(store)
    for text in texts:
        capture.add_contribution(item_id, cluster_id, text)


def stored_texts(store: Store) -> list[str]:
    with store.read() as session:
        return list(session.exec(select(Contribution.text).order_by(col(Contribution.id))))


def make_workshop(path: Path, lines: int = 20) -> Path:
    """A closed workshop file at ``path`` holding ``lines`` captured lines."""
    store = open_store(path)
    try:
        item_id, cluster_id = seed(store)
        with store.transaction() as session:  # one commit: setup speed, not what is tested
            session.add_all(
                Contribution(
                    item_id=item_id,
                    cluster_id=cluster_id,
                    position=number,
                    text=f"Linje {number}: bedre overgange mellem sektorer",
                )
                for number in range(lines)
            )
    finally:
        store.close()
    return path
