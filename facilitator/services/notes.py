"""The minute-taker's prose notes per agenda item ("referattekst").

The editor saves the whole note of an item at every pause in typing, so a save is one small
transaction that replaces one row; saving what is already stored writes nothing.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from facilitator.domain.notes import Notes
from facilitator.services.changes import Changes, user_action
from facilitator.services.lookup import require
from facilitator.storage.models import AgendaItem, ItemNotes, utc_now
from facilitator.storage.store import Store


def read_notes(session: Session, item_ids: list[int]) -> dict[int, Notes]:
    """The notes of ``item_ids`` (items without notes are left out), in one query."""
    if not item_ids:
        return {}
    rows = session.exec(
        select(ItemNotes.item_id, ItemNotes.body).where(col(ItemNotes.item_id).in_(item_ids))
    ).all()
    return {item_id: Notes.from_json(body) for item_id, body in rows}


class NotesService:
    """Use cases of the notes editor; each call is one committed transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def notes(self, item_id: int) -> Notes:
        with self._store.read() as session:
            return read_notes(session, [item_id]).get(item_id, Notes())

    @user_action
    def save(self, item_id: int, notes: Notes) -> Changes:
        """Store ``notes`` as the item's whole text; unchanged notes write nothing."""
        body = "" if notes.is_empty() else notes.to_json()
        with self._store.transaction() as session:
            require(session, AgendaItem, item_id)
            row = session.exec(select(ItemNotes).where(ItemNotes.item_id == item_id)).first()
            if row is None:
                if not body:
                    return Changes()
                row = ItemNotes(item_id=item_id)
            elif row.body == body:
                return Changes()
            row.body = body
            row.updated_at = utc_now()
            session.add(row)
        return Changes(notes=True, item_id=item_id)
