"""The reading of a whole workshop for the minutes: what is deleted stays out, labels and sources
resolve, and it is made of the records the screens use."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from facilitator.domain.notes import Notes, Paragraph, Span
from facilitator.services.capture import CaptureService, ContributionView
from facilitator.services.notes import NotesService
from facilitator.services.reading import ReadingService
from facilitator.services.synthesis import SynthesisService
from facilitator.storage.models import AgendaItem, Contribution, Theme, Workshop, utc_now
from tests.minutes_seed import CLUSTERS, LISTS, THEMES, SeedWorkshop, at, read, seed_workshop  # noqa: F401


def test_reading_of_the_seed(seed_workshop: SeedWorkshop) -> None:  # noqa: F811
    reading = read(seed_workshop)
    assert [c.name for c in reading.clusters] == list(CLUSTERS)
    assert reading.clusters[0].members == ("Mariagerfjord", "Vesthimmerland", "Rebild")
    talk = next(i for i in reading.items if i.item.id == seed_workshop.items["talk"])
    assert (talk.slot.start, talk.slot.end) == (9 * 60 + 15, 10 * 60)
    assert (talk.actual_start, talk.actual_end) == (at(9, 20), at(10, 12))
    assert [i.number for i in reading.items] == list(range(1, 11))  # breaks are numbered too
    vote = next(i for i in reading.items if i.item.id == seed_workshop.items["vote"])
    assert [t.label for t in vote.tallies] == THEMES  # options point at another item's themes
    assert vote.tallies[0].total == 5
    goals = next(i for i in reading.items if i.item.id == seed_workshop.items["goals"])
    assert goals.themes[0].cluster_ids == (seed_workshop.clusters["Klynge Syd"], seed_workshop.clusters["Klynge Vest"])
    assert all(isinstance(c, ContributionView) for c in goals.contributions)
    assert [e.text for e in reading.evaluation[2].entries] == []
    assert [a.title for a in reading.attachments] == ["Deltagerliste"]


def test_the_lines_are_the_capture_screens_own(seed_workshop: SeedWorkshop) -> None:  # noqa: F811
    goals = next(i for i in read(seed_workshop).items if i.item.id == seed_workshop.items["goals"])
    screen = CaptureService(seed_workshop.store).contributions(seed_workshop.items["goals"])
    assert sorted(goals.contributions, key=lambda c: c.id) == sorted(screen, key=lambda c: c.id)


def test_a_theme_keeps_the_clusters_of_lines_from_another_item(seed_workshop: SeedWorkshop) -> None:  # noqa: F811
    """A summary's theme built from the previous item's group work names those clusters."""
    store, items, clusters = seed_workshop.store, seed_workshop.items, seed_workshop.clusters
    synthesis = SynthesisService(store)
    theme_id, _ = synthesis.create_theme(items["vote"], "Fælles sprog")
    lines = CaptureService(store).lines(items["goals"], clusters["Klynge Nord"])
    synthesis.assign([lines[0].id, lines[1].id], theme_id)
    vote = next(i for i in read(seed_workshop).items if i.item.id == items["vote"])
    assert vote.themes[0].title == "Fælles sprog"
    assert vote.themes[0].cluster_ids == (clusters["Klynge Nord"],)


def test_notes_are_read_with_their_item(seed_workshop: SeedWorkshop) -> None:  # noqa: F811
    notes = Notes((Paragraph((Span("Store udfordringer på sundhedsområdet."),)),))
    NotesService(seed_workshop.store).save(seed_workshop.items["welcome"], notes)
    welcome = read(seed_workshop).items[0]
    assert welcome.notes == notes and read(seed_workshop).items[1].notes == Notes()


def test_deleted_items_lines_and_themes_are_left_out(seed_workshop: SeedWorkshop) -> None:  # noqa: F811
    store, items = seed_workshop.store, seed_workshop.items
    with store.transaction() as session:
        session.get(AgendaItem, items["welcome"]).deleted_at = utc_now()
        first = session.exec(select(Contribution).where(Contribution.item_id == items["goals"])).first()
        first.deleted_at = utc_now()
        session.get(Theme, 1).deleted_at = utc_now()
    reading = read(seed_workshop)
    assert items["welcome"] not in [i.item.id for i in reading.items]
    goals = next(i for i in reading.items if i.item.id == items["goals"])
    assert first.id not in [c.id for c in goals.contributions]
    assert len(goals.contributions) == sum(len(points) for points in LISTS.values()) + 2 + 1 - 1
    assert [t.title for t in goals.themes] == THEMES[1:]


def test_unknown_workshop(seed_workshop: SeedWorkshop) -> None:  # noqa: F811
    with pytest.raises(LookupError):
        ReadingService(seed_workshop.store).read(999)


def test_planned_day_start_moves_the_programme(seed_workshop: SeedWorkshop) -> None:  # noqa: F811
    with seed_workshop.store.transaction() as session:
        session.get(Workshop, seed_workshop.workshop_id).day_start_min = 8 * 60 + 30
    reading = read(seed_workshop)
    assert reading.items[0].slot.start == 8 * 60 + 30
    assert isinstance(reading.workshop.date, dt.date)
