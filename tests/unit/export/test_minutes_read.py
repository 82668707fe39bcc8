"""The snapshot read from the store: what is deleted stays out, labels and sources resolve."""

from __future__ import annotations

import datetime as dt

import pytest

from facilitator.export.errors import UnknownWorkshopError
from facilitator.export.minutes_read import read_minutes_data
from sqlmodel import select

from facilitator.storage.models import AgendaItem, Contribution, Theme, Workshop, utc_now
from tests.minutes_seed import CLUSTERS, LISTS, THEMES, SeedWorkshop, at


def test_snapshot_of_the_seed(seed_workshop: SeedWorkshop) -> None:
    data = read_minutes_data(seed_workshop.store, seed_workshop.workshop_id)
    assert [c.name for c in data.clusters] == list(CLUSTERS)
    assert data.clusters[0].members == ("Mariagerfjord", "Vesthimmerland", "Rebild")
    talk = next(i for i in data.items if i.id == seed_workshop.items["talk"])
    assert (talk.planned_start_min, talk.planned_end_min) == (9 * 60 + 15, 10 * 60)
    assert (talk.actual_start, talk.actual_end) == (at(9, 20), at(10, 12))
    vote = next(i for i in data.items if i.id == seed_workshop.items["vote"])
    assert [v.label for v in vote.votes] == THEMES  # options point at another item's themes
    assert vote.votes[0].total == 5
    goals = next(i for i in data.items if i.id == seed_workshop.items["goals"])
    assert goals.themes[0].cluster_ids == (seed_workshop.clusters["Klynge Syd"], seed_workshop.clusters["Klynge Vest"])
    assert data.evaluation[2].remarks == () and data.attachments == ("Deltagerliste",)


def test_deleted_items_lines_and_themes_are_left_out(seed_workshop: SeedWorkshop) -> None:
    store, items = seed_workshop.store, seed_workshop.items
    with store.transaction() as session:
        session.get(AgendaItem, items["welcome"]).deleted_at = utc_now()
        first = session.exec(select(Contribution).where(Contribution.item_id == items["goals"])).first()
        first.deleted_at = utc_now()
        session.get(Theme, 1).deleted_at = utc_now()
    data = read_minutes_data(store, seed_workshop.workshop_id)
    assert items["welcome"] not in [i.id for i in data.items]
    goals = next(i for i in data.items if i.id == items["goals"])
    assert first.id not in [c.id for c in goals.contributions]
    assert len(goals.contributions) == sum(len(points) for points in LISTS.values()) + 2 + 1 - 1
    assert [t.title for t in goals.themes] == THEMES[1:]


def test_unknown_workshop(seed_workshop: SeedWorkshop) -> None:
    with pytest.raises(UnknownWorkshopError) as caught:
        read_minutes_data(seed_workshop.store, 999)
    assert "999" in caught.value.message()


def test_planned_day_start_moves_the_programme(seed_workshop: SeedWorkshop) -> None:
    with seed_workshop.store.transaction() as session:
        session.get(Workshop, seed_workshop.workshop_id).day_start_min = 8 * 60 + 30
    data = read_minutes_data(seed_workshop.store, seed_workshop.workshop_id)
    assert data.items[0].planned_start_min == 8 * 60 + 30
    assert isinstance(data.workshop.date, dt.date)
