"""Workshops in a file: list, create, open, edit the title block, delete."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from sqlmodel import col, select

from facilitator.domain.text import clean_line
from facilitator.services.changes import Changes, user_action
from facilitator.services.lookup import require
from facilitator.storage.models import Workshop, utc_now
from facilitator.storage.store import Store

# Fields the set-up screen edits as single lines of text.
TEXT_FIELDS = (
    "title",
    "venue",
    "organiser",
    "facilitator",
    "minute_taker",
    "contact_name",
    "contact_email",
    "contact_phone",
)
LANGUAGES = ("da", "en")


@dataclass(frozen=True)
class WorkshopView:
    id: int
    title: str
    date: dt.date | None
    venue: str
    organiser: str
    facilitator: str
    minute_taker: str
    contact_name: str
    contact_email: str
    contact_phone: str
    language: str
    day_start_min: int
    day_end_min: int | None
    warning_minutes: int
    opened_at: dt.datetime


def workshop_view(row: Workshop) -> WorkshopView:
    return WorkshopView(**{f.name: getattr(row, f.name) for f in fields(WorkshopView)})


class WorkshopService:
    """Use cases on whole workshops; each call is one committed transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def list(self) -> list[WorkshopView]:
        """All workshops, most recently opened first."""
        with self._store.read() as session:
            rows = session.exec(select(Workshop).order_by(col(Workshop.opened_at).desc())).all()
            return [workshop_view(row) for row in rows]

    def get(self, workshop_id: int) -> WorkshopView:
        with self._store.read() as session:
            return workshop_view(require(session, Workshop, workshop_id))

    @user_action
    def create(self, title: str) -> tuple[int, Changes]:
        """A blank workshop dated today, in Danish."""
        with self._store.transaction() as session:
            row = Workshop(title=clean_line(title), date=dt.date.today())
            session.add(row)
            session.flush()
            assert row.id is not None
            return row.id, Changes(workshops=True, workshop_id=row.id)

    @user_action
    def mark_opened(self, workshop_id: int) -> Changes:
        """Remember the workshop as the most recent one (the picker lists by this)."""
        with self._store.transaction() as session:
            require(session, Workshop, workshop_id).opened_at = utc_now()
        return Changes(workshops=True, workshop_id=workshop_id)

    @user_action
    def set_text(self, workshop_id: int, name: str, value: str) -> Changes:
        """Change one text field of the title block."""
        if name not in TEXT_FIELDS:
            raise ValueError(f"not an editable text field: {name}")
        with self._store.transaction() as session:
            setattr(require(session, Workshop, workshop_id), name, clean_line(value))
        return Changes(workshops=True, workshop_id=workshop_id)

    @user_action
    def set_date(self, workshop_id: int, value: dt.date | None) -> Changes:
        with self._store.transaction() as session:
            require(session, Workshop, workshop_id).date = value
        return Changes(workshops=True, workshop_id=workshop_id)

    @user_action
    def set_language(self, workshop_id: int, language: str) -> Changes:
        """The language of the workshop's documents (minutes, handouts)."""
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language: {language}")
        with self._store.transaction() as session:
            require(session, Workshop, workshop_id).language = language
        return Changes(workshops=True, workshop_id=workshop_id)

    @user_action
    def set_day(self, workshop_id: int, start_min: int, end_min: int | None) -> Changes:
        """The planned start and end of the day, in minutes after midnight."""
        with self._store.transaction() as session:
            row = require(session, Workshop, workshop_id)
            row.day_start_min = start_min
            row.day_end_min = end_min
        return Changes(workshops=True, agenda=True, workshop_id=workshop_id)

    @user_action
    def delete(self, workshop_id: int) -> Changes:
        """Remove a workshop and everything in it (the UI confirms first)."""
        with self._store.transaction() as session:
            session.delete(require(session, Workshop, workshop_id))
        return Changes(workshops=True, workshop_id=workshop_id)
