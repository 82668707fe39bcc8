"""The large workshop of the benchmark: 20 clusters × 40 items × 25 lines = 20,000 lines.

Run as ``python -m facilitator.bench.large PATH`` it opens the file in a fresh process, reads
every line through the services and prints the seconds that took (its peak memory is read by
the parent).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from sqlalchemy import insert
from sqlmodel import select

from facilitator.services.bundle import Services
from facilitator.storage.database import open_store
from facilitator.storage.models import AgendaItem, Cluster, Contribution, Workshop

CLUSTERS = 20
ITEMS = 40
LINES_PER_CLUSTER = 25
_PHRASES = (
    "Bedre overgange mellem sygehus og kommune, så borgeren ikke falder mellem to stole",
    "Fælles sprog om rehabilitering på tværs af sektorer",
    "Hvem har ansvaret, når den praktiserende læge ikke kan nås?",
    "Tidlig opsporing i hjemmeplejen og hurtig kontakt til akutteamet",
    "Pårørende skal inddrages fra første samtale – også ved udskrivelse",
    "Data deles kun, når borgeren har givet samtykke; det skal være let at give",
)


def generate(path: Path | str) -> int:
    """Write the large workshop to a new file at ``path``; returns the workshop's id."""
    store = open_store(path)
    try:
        with store.transaction() as session:
            workshop = Workshop(title="Stor temadag (benchmark)")
            session.add(workshop)
            session.flush()
            assert workshop.id is not None
            clusters = [Cluster(workshop_id=workshop.id, position=n, name=f"Klynge {n + 1}")
                        for n in range(CLUSTERS)]
            items = [AgendaItem(workshop_id=workshop.id, position=n, kind="group_work",
                                title=f"Gruppearbejde {n + 1}", planned_minutes=20)
                     for n in range(ITEMS)]
            session.add_all(clusters + items)
            session.flush()
            rows = [
                {"item_id": item.id, "cluster_id": cluster.id, "position": n, "kind": "idea",
                 "text": f"{_PHRASES[(n + i + c) % len(_PHRASES)]} ({i + 1}.{c + 1}.{n + 1})"}
                for i, item in enumerate(items)
                for c, cluster in enumerate(clusters)
                for n in range(LINES_PER_CLUSTER)
            ]
            session.execute(insert(Contribution), rows)
            return workshop.id
    finally:
        store.close()


def open_and_read(path: Path) -> int:
    """What opening a workshop costs: the checked open, then every line through the services."""
    store = open_store(path)
    try:
        services = Services.over(store)
        workshop = services.workshops.list()[0]
        services.setup.clusters(workshop.id)
        with store.read() as session:  # the item ids; an agenda service is not on main yet
            item_ids = session.exec(select(AgendaItem.id).where(AgendaItem.workshop_id == workshop.id)).all()
        return sum(len(services.capture.contributions(item_id)) for item_id in item_ids)
    finally:
        store.close()


def main() -> None:
    started = time.perf_counter()
    lines = open_and_read(Path(sys.argv[1]))
    print(f"opened {time.perf_counter() - started:.4f} {lines}", flush=True)


if __name__ == "__main__":
    main()
