"""The notes service: one row per item, the whole text replaced at every save."""

from __future__ import annotations

import pytest
from sqlmodel import select

from facilitator.domain.notes import Notes, Paragraph, Span, Speaker
from facilitator.services.bundle import Services
from facilitator.services.changes import Changes
from facilitator.storage.models import AgendaItem, ItemNotes
from facilitator.storage.store import Store


@pytest.fixture
def item_id(services: Services, workshop_id: int) -> int:
    new_id, _ = services.agenda.insert_item(workshop_id, title="Velkomst")
    return new_id


def test_save_read_and_replace(services: Services, store: Store, item_id: int) -> None:
    notes = services.notes
    assert notes.notes(item_id) == Notes()
    first = Notes((Speaker("Ole Stavad", "tidligere næstformand"), Paragraph((Span("bød velkommen"),))))
    saved = notes.save(item_id, first)
    assert saved.notes and saved.item_id == item_id and saved.revisions
    assert notes.notes(item_id) == first
    assert notes.save(item_id, first) == Changes()  # nothing new: nothing written
    second = Notes((Paragraph((Span("Ny tekst", True),)),))
    notes.save(item_id, second)
    assert notes.notes(item_id) == second
    with store.read() as session:
        assert len(session.exec(select(ItemNotes)).all()) == 1


def test_emptied_notes_are_stored_empty_and_blank_new_ones_not_at_all(services: Services, store: Store, item_id: int) -> None:
    assert services.notes.save(item_id, Notes((Paragraph((Span("  "),)),))) == Changes()
    with store.read() as session:
        assert session.exec(select(ItemNotes)).all() == []
    services.notes.save(item_id, Notes((Paragraph((Span("x"),)),)))
    assert services.notes.save(item_id, Notes()).notes
    assert services.notes.notes(item_id).is_empty()


def test_notes_go_with_their_item(services: Services, store: Store, item_id: int) -> None:
    services.notes.save(item_id, Notes((Paragraph((Span("x"),)),)))
    with store.transaction() as session:
        session.delete(session.get(AgendaItem, item_id))
    with store.read() as session:
        assert session.exec(select(ItemNotes)).all() == []
    with pytest.raises(LookupError):
        services.notes.save(item_id, Notes((Paragraph((Span("x"),)),)))
