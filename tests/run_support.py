"""Seed 000's afternoon programme stored in a fresh workshop file, for the run tests."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

from facilitator.storage.database import open_store
from facilitator.storage.models import AgendaItem, Phase, Workshop
from facilitator.storage.store import Store

# 12.30-15.30 (local time = UTC in these tests, the service gets tz=timezone.utc).
DAY = datetime(2026, 3, 12, 0, 0, tzinfo=timezone.utc)
SEED_000 = [
    ("presentation", "Oplæg om de overordnede rammer for sundhedsaftalen", "formandskabet", 20, []),
    ("plenary", "Drøftelse af udfordringsbillede", "", 20, []),
    ("summary", "Opsamling", "", 15, []),
    (
        "group_work",
        "Drøftelse: fra udfordringer til mål og indsatser",
        "",
        30,
        [("oplæg", "presentation", 10), ("gruppearbejde", "group_work", 20)],
    ),
    ("summary", "Opsamling", "", 15, []),
    (
        "plenary",
        "Drøftelse: fra strategiske mål og indsatsområder til design af løsninger",
        "",
        40,
        [("oplæg", "presentation", 10), ("drøftelse", "plenary", 30)],
    ),
    ("aco", "Accepter, kritiser, tilbyd", "", 30, []),
    ("next_steps", "Det videre forløb", "", 10, []),
]
GROUP_PROMPT = "Hvilke mål og indsatser for at nå visionerne?"
# A programme of two days. Day 1: 9.00-10.00, 10.00-11.00; day 2: 9.00 (pinned)-10.00, 10.00-12.00.
DAY_ONE = date(2027, 3, 4)
TWO_DAYS = ((0, None, 60), (0, None, 60), (1, 9 * 60, 60), (1, None, 120))


def seed_store(path: Path) -> tuple[Store, int, list[int]]:
    """A workshop file holding seed 000's programme; returns the store, workshop and item ids."""
    store = open_store(path)
    workshop_id, ids = add_seed_workshop(store)
    return store, workshop_id, ids


def add_seed_workshop(store: Store, title: str = "Temagruppe: Sundhedsaftalen") -> tuple[int, list[int]]:
    """One more workshop with seed 000's programme in ``store``; returns its id and item ids."""
    with store.transaction() as session:
        workshop = Workshop(title=title, day_start_min=12 * 60 + 30)
        session.add(workshop)
        session.flush()
        ids = []
        for position, (kind, item_title, presenter, minutes, phases) in enumerate(SEED_000):
            item = AgendaItem(
                workshop_id=workshop.id,
                position=position,
                kind=kind,
                title=item_title,
                presenter=presenter,
                planned_minutes=minutes,
                prompts=GROUP_PROMPT if kind == "group_work" else "",
            )
            session.add(item)
            session.flush()
            ids.append(item.id)
            for index, (label, phase_kind, phase_minutes) in enumerate(phases):
                session.add(
                    Phase(
                        item_id=item.id,
                        position=index,
                        label=label,
                        kind=phase_kind,
                        minutes=phase_minutes,
                    )
                )
        workshop_id = workshop.id
    return workshop_id, ids


def add_two_day_workshop(store: Store, held_on: date | None = DAY_ONE) -> tuple[int, list[int]]:
    """The two-day programme :data:`TWO_DAYS` ("Punkt 1"…"Punkt 4"); returns workshop and item ids."""
    with store.transaction() as session:
        workshop = Workshop(title="To dage", day_start_min=9 * 60, date=held_on,
                            day_titles="Dag 1 – torsdag\nDag 2 – fredag")
        session.add(workshop)
        session.flush()
        ids = []
        for position, (day, pinned, minutes) in enumerate(TWO_DAYS):
            item = AgendaItem(workshop_id=workshop.id, position=position, kind="group_work",
                              title=f"Punkt {position + 1}", planned_minutes=minutes,
                              pinned_start_min=pinned, day=day)
            session.add(item)
            session.flush()
            ids.append(item.id)
        return workshop.id, ids
