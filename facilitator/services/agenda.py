"""The agenda of a workshop: items, their order, durations, pins and phases.

Every method is one user action in one transaction and returns a :class:`Changes` value (with
the new row's id where one is made). Deleting is soft, so the editor's undo can restore an item
with everything captured under it. Undo in the UI works by calling the inverse method.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import insert
from sqlmodel import Session, col, select

from facilitator.domain.kinds import ItemKind
from facilitator.domain.schedule import PlannedItem, Schedule, plan, scale_phases
from facilitator.domain.text import clean_line, clean_text, lines
from facilitator.services.changes import Changes, user_action
from facilitator.services.input_errors import InputError
from facilitator.services.lookup import require
from facilitator.storage.models import AgendaImport, AgendaItem, Attachment, Phase, Workshop, utc_now
from facilitator.storage.store import Store

if TYPE_CHECKING:  # the programme readers load when a programme is imported
    from facilitator.domain.agenda_import import ImportPlan

LINE_FIELDS = ("title", "presenter")
TEXT_FIELDS = ("description", "prompts", "notes", "materials")
MAX_MINUTES = 24 * 60
DEFAULT_MINUTES = 15


def _agenda_of(workshop_id: int, item_id: int | None = None) -> Changes:
    """An agenda change of one workshop, narrowed to one item when only that item changed."""
    return Changes(agenda=True, workshop_id=workshop_id, item_id=item_id)


@dataclass(frozen=True)
class PhaseSpec:
    """A phase as the editor gives it: label, kind and minutes."""

    label: str
    kind: ItemKind
    minutes: int


@dataclass(frozen=True)
class PhaseView:
    id: int
    position: int
    label: str
    kind: ItemKind
    minutes: int
    prompts: tuple[str, ...] = ()  # the phase's own questions for the room
    replanned_minutes: int | None = None

    @property
    def minutes_in_force(self) -> int:
        """The replanned length when the rest of the day was replanned, else the planned one."""
        return self.minutes if self.replanned_minutes is None else self.replanned_minutes


@dataclass(frozen=True)
class ItemView:
    """An agenda item as the editor, the capture screens, the run screens and the exports read it.

    The plan (``planned_minutes``, ``pinned_start``, the phases' ``minutes``) is what was planned;
    ``replanned_start``/``replanned_minutes`` are what a replan on the day proposed, kept beside it.
    """

    id: int
    workshop_id: int
    position: int
    kind: ItemKind
    title: str
    presenter: str
    planned_minutes: int
    pinned_start: int | None
    description: str
    prompts: str
    notes: str
    materials: str
    phases: tuple[PhaseView, ...]
    day: int = 0  # which day of a longer programme (0 = the first)
    columns: tuple[str, ...] = ()  # capture column labels ("two-column" items); none: one list
    projector_mode: str = "timer"  # ProjectorMode: the timer, the clusters' wall, or both
    replanned_start: int | None = None
    replanned_minutes: int | None = None

    def all_prompts(self) -> tuple[str, ...]:
        """The questions put to the room, the item's then its phases', each once."""
        return tuple(dict.fromkeys(lines(self.prompts) + sum((p.prompts for p in self.phases), ())))

    @property
    def minutes(self) -> int:
        """The planned length: the sum of its phases when it has any."""
        return sum(p.minutes for p in self.phases) if self.phases else self.planned_minutes

    def planned(self) -> PlannedItem:
        return PlannedItem(self.planned_minutes, self.pinned_start, tuple(p.minutes for p in self.phases),
                           day=self.day)

    def in_force(self) -> PlannedItem:
        """The item as the running day sees it: replanned lengths, the user's own pin."""
        if self.replanned_minutes is None:
            return self.planned()
        return PlannedItem(self.replanned_minutes, self.pinned_start,
                           tuple(p.minutes_in_force for p in self.phases), day=self.day)


@dataclass(frozen=True)
class AttachmentCopy:
    """An attachment with its file, kept by the editor's undo so a removed one can come back."""

    workshop_id: int
    item_id: int | None
    title: str
    filename: str
    data: bytes | None


@dataclass(frozen=True)
class AgendaView:
    """The whole programme with its computed clock times and warnings."""

    workshop_id: int
    day_start: int
    day_end: int | None
    items: tuple[ItemView, ...]
    schedule: Schedule
    day_titles: tuple[str, ...] = ()  # the headings of the days of a longer programme

    def day_title(self, day: int) -> str:
        return title_of_day(self.day_titles, day)


def title_of_day(titles: Sequence[str], day: int) -> str:
    """The programme's heading of ``day`` ("Dag 2 – onsdag"), or "" when it gave none."""
    return titles[day] if 0 <= day < len(titles) else ""


@dataclass(frozen=True)
class ImportUndone:
    """What ``undo_last_import`` did: items taken out again and replaced items brought back."""

    source: str
    at: datetime
    removed: int
    restored: int


def _kind(value: str) -> ItemKind:
    try:
        return ItemKind(value)
    except ValueError:
        return ItemKind.OTHER


def _clamp_minutes(minutes: int) -> int:
    return max(0, min(int(minutes), MAX_MINUTES))


def _live_items(session: Session, workshop_id: int) -> list[AgendaItem]:
    return list(
        session.exec(
            select(AgendaItem)
            .where(AgendaItem.workshop_id == workshop_id, col(AgendaItem.deleted_at).is_(None))
            .order_by(col(AgendaItem.position), col(AgendaItem.id))
        ).all()
    )


def _phases(session: Session, item_ids: Sequence[int]) -> dict[int, list[Phase]]:
    found: dict[int, list[Phase]] = {item_id: [] for item_id in item_ids}
    if item_ids:
        rows = session.exec(
            select(Phase).where(col(Phase.item_id).in_(item_ids)).order_by(col(Phase.position), col(Phase.id))
        ).all()
        for row in rows:
            found[row.item_id].append(row)
    return found


def _view(row: AgendaItem, phases: Iterable[Phase]) -> ItemView:
    assert row.id is not None
    return ItemView(
        id=row.id,
        workshop_id=row.workshop_id,
        position=row.position,
        kind=_kind(row.kind),
        title=row.title,
        presenter=row.presenter,
        planned_minutes=row.planned_minutes,
        pinned_start=row.pinned_start_min,
        description=row.description,
        prompts=row.prompts,
        notes=row.notes,
        materials=row.materials,
        phases=tuple(
            PhaseView(p.id or 0, p.position, p.label, _kind(p.kind), p.minutes, lines(p.prompts),
                      p.replanned_minutes)
            for p in phases
        ),
        day=row.day,
        columns=lines(row.capture_columns),
        projector_mode=row.projector_mode,
        replanned_start=row.replanned_start_min,
        replanned_minutes=row.replanned_minutes,
    )


def read_items(session: Session, rows: Sequence[AgendaItem]) -> list[ItemView]:
    """The views of ``rows`` (in their order), their phases read in one query."""
    phases = _phases(session, [row.id for row in rows if row.id is not None])
    return [_view(row, phases[row.id or 0]) for row in rows]


def live_items(session: Session, workshop_id: int) -> list[ItemView]:
    """A workshop's items not deleted, in programme order."""
    return read_items(session, _live_items(session, workshop_id))


def read_agenda(session: Session, workshop_id: int) -> AgendaView:
    """The live items in order with their phases and the planned day: the one reading of the
    programme that the editor, the run and the minutes share."""
    workshop = require(session, Workshop, workshop_id)
    items = tuple(live_items(session, workshop_id))
    day_start, day_end = workshop.day_start_min, workshop.day_end_min
    titles = tuple(workshop.day_titles.split("\n")) if workshop.day_titles else ()
    schedule = plan([item.planned() for item in items], day_start, day_end)
    return AgendaView(workshop_id, day_start, day_end, items, schedule, titles)


def _renumber(rows: Sequence[AgendaItem]) -> None:
    for position, row in enumerate(rows):
        row.position = position


def _insert_at(session: Session, row: AgendaItem, position: int | None) -> int:
    """Place ``row`` among the live items at ``position`` (end when ``None``); returns its id."""
    live = [r for r in _live_items(session, row.workshop_id) if r.id != row.id]
    at = len(live) if position is None else max(0, min(position, len(live)))
    live.insert(at, row)
    session.add(row)
    _renumber(live)
    session.flush()
    assert row.id is not None
    return row.id


def _write_phases(session: Session, item: AgendaItem, phases: Sequence[PhaseSpec]) -> None:
    assert item.id is not None
    for old in _phases(session, [item.id])[item.id]:
        session.delete(old)
    session.add_all(Phase(**_phase_row(item.id, position, spec)) for position, spec in enumerate(phases))
    if phases:
        item.planned_minutes = sum(_clamp_minutes(spec.minutes) for spec in phases)
    _forget_replan(item)


def _forget_replan(item: AgendaItem, phases: Sequence[Phase] = ()) -> None:
    """An edit of the plan itself supersedes what a replan proposed for that item."""
    item.replanned_start_min = item.replanned_minutes = None
    for phase in phases:
        phase.replanned_minutes = None


def _phase_row(item_id: int, position: int, spec: PhaseSpec) -> dict[str, object]:
    return {"item_id": item_id, "position": position, "label": clean_line(spec.label), "kind": str(spec.kind),
            "minutes": _clamp_minutes(spec.minutes)}


def _merged_titles(stored: str, imported: Sequence[str], first_day: int) -> str:
    """Day headings after an import whose first day is ``first_day``; a heading already there stays."""
    titles = stored.split("\n") if stored else []
    for offset, title in enumerate(imported):
        day = first_day + offset
        titles.extend([""] * (day + 1 - len(titles)))
        if title and not titles[day]:
            titles[day] = clean_line(title)
    return "\n".join(titles).rstrip("\n")


class AgendaService:
    """Use cases of the agenda editor; each call is one committed transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # Reading --------------------------------------------------------------------------------

    def agenda(self, workshop_id: int) -> AgendaView:
        """The live items in order, with their planned clock times and the day's warnings."""
        with self._store.read() as session:
            return read_agenda(session, workshop_id)

    def attachment_copy(self, attachment_id: int) -> AttachmentCopy:
        """Everything of an attachment, bytes included, before the editor removes it."""
        with self._store.read() as session:
            row = require(session, Attachment, attachment_id)
            return AttachmentCopy(row.workshop_id, row.item_id, row.title, row.filename, row.data)

    def item(self, item_id: int) -> ItemView:
        with self._store.read() as session:
            row = require(session, AgendaItem, item_id)
            return _view(row, _phases(session, [item_id])[item_id])

    # Items ----------------------------------------------------------------------------------

    @user_action
    def insert_item(self, workshop_id: int, position: int | None = None, *, kind: ItemKind = ItemKind.OTHER,
                    title: str = "", minutes: int = DEFAULT_MINUTES) -> tuple[int, Changes]:
        """A new item at ``position`` (the end when ``None``)."""
        with self._store.transaction() as session:
            require(session, Workshop, workshop_id)
            row = AgendaItem(workshop_id=workshop_id, kind=str(kind), title=clean_line(title),
                             planned_minutes=_clamp_minutes(minutes))
            return _insert_at(session, row, position), _agenda_of(workshop_id)

    @user_action
    def duplicate_item(self, item_id: int) -> tuple[int, Changes]:
        """A copy of the item and its phases right below it; captured content is not copied."""
        with self._store.transaction() as session:
            source = require(session, AgendaItem, item_id)
            copy = AgendaItem(
                workshop_id=source.workshop_id, kind=source.kind, title=source.title,
                presenter=source.presenter, planned_minutes=source.planned_minutes,
                description=source.description, prompts=source.prompts, notes=source.notes,
                materials=source.materials, capture_columns=source.capture_columns,
                projector_mode=source.projector_mode, day=source.day,
            )
            new_id = _insert_at(session, copy, source.position + 1)
            for phase in _phases(session, [item_id])[item_id]:
                session.add(Phase(item_id=new_id, position=phase.position, label=phase.label, kind=phase.kind,
                                  minutes=phase.minutes, prompts=phase.prompts))
            return new_id, _agenda_of(source.workshop_id)

    @user_action
    def delete_items(self, item_ids: Sequence[int]) -> Changes:
        """Soft-delete items (undo restores them with all they hold) and close the gaps."""
        with self._store.transaction() as session:
            workshops = set()
            for item_id in item_ids:
                row = require(session, AgendaItem, item_id)
                row.deleted_at = utc_now()
                workshops.add(row.workshop_id)
            session.flush()
            for workshop_id in workshops:
                _renumber(_live_items(session, workshop_id))
        return _agenda_of(workshops.pop()) if len(workshops) == 1 else Changes(agenda=bool(workshops))

    @user_action
    def restore_items(self, item_ids: Sequence[int]) -> Changes:
        """Bring soft-deleted items back at the positions they had."""
        with self._store.transaction() as session:
            rows = sorted((require(session, AgendaItem, i) for i in item_ids), key=lambda r: r.position)
            for row in rows:
                row.deleted_at = None
                _insert_at(session, row, row.position)
        workshops = {row.workshop_id for row in rows}
        return _agenda_of(workshops.pop()) if len(workshops) == 1 else Changes(agenda=bool(workshops))

    @user_action
    def move_item(self, item_id: int, new_position: int) -> Changes:
        """Put an item at ``new_position`` (0-based among live items, clamped)."""
        with self._store.transaction() as session:
            row = require(session, AgendaItem, item_id)
            _insert_at(session, row, new_position)
        return _agenda_of(row.workshop_id)

    @user_action
    def set_text(self, item_id: int, name: str, value: str) -> Changes:
        """Change a text field; title and presenter are single lines, the others keep newlines."""
        if name not in LINE_FIELDS + TEXT_FIELDS:
            raise ValueError(f"not an agenda text field: {name}")
        cleaned = clean_line(value) if name in LINE_FIELDS else clean_text(value)
        with self._store.transaction() as session:
            row = require(session, AgendaItem, item_id)
            setattr(row, name, cleaned)
        return _agenda_of(row.workshop_id, item_id)

    @user_action
    def set_kind(self, item_id: int, kind: ItemKind) -> Changes:
        with self._store.transaction() as session:
            row = require(session, AgendaItem, item_id)
            row.kind = str(ItemKind(kind))
        return _agenda_of(row.workshop_id, item_id)

    @user_action
    def set_minutes(self, item_id: int, minutes: int) -> Changes:
        """Change the length; an item with phases has them resized in proportion."""
        minutes = _clamp_minutes(minutes)
        with self._store.transaction() as session:
            row = require(session, AgendaItem, item_id)
            row.planned_minutes = minutes
            phases = _phases(session, [item_id])[item_id]
            resized = scale_phases(tuple(p.minutes for p in phases), minutes)
            for phase, value in zip(phases, resized):
                phase.minutes = value
            _forget_replan(row, phases)
        return _agenda_of(row.workshop_id, item_id)

    @user_action
    def set_pinned_start(self, item_id: int, clock: int | None) -> Changes:
        """Pin the item to a clock time (minutes after midnight) or, with ``None``, let it flow."""
        with self._store.transaction() as session:
            row = require(session, AgendaItem, item_id)
            row.pinned_start_min = None if clock is None else int(clock) % MAX_MINUTES
            _forget_replan(row, _phases(session, [item_id])[item_id])
        return _agenda_of(row.workshop_id, item_id)

    @user_action
    def set_phases(self, item_id: int, phases: Sequence[PhaseSpec]) -> Changes:
        """Replace the item's phases; with phases the item's length becomes their sum."""
        with self._store.transaction() as session:
            row = require(session, AgendaItem, item_id)
            _write_phases(session, row, phases)
        return _agenda_of(row.workshop_id, item_id)

    # Import ---------------------------------------------------------------------------------

    @user_action
    def import_plan(
        self, workshop_id: int, imported: ImportPlan, *, replace: bool = False, source: str = ""
    ) -> tuple[list[int], Changes]:
        """Store parsed items after the existing ones (or instead of them, soft-deleted).

        The day's start, end and day headings follow the text when the agenda was empty or is
        replaced. The import is recorded, so :meth:`undo_last_import` can take it back and bring
        the replaced items back. Returns the new ids (for undo) and what changed.
        """
        with self._store.transaction() as session:
            workshop = require(session, Workshop, workshop_id)
            record = AgendaImport(workshop_id=workshop_id, source=clean_line(source),
                                  day_start_before=workshop.day_start_min, day_end_before=workshop.day_end_min,
                                  day_titles_before=workshop.day_titles)
            session.add(record)
            session.flush()
            live = _live_items(session, workshop_id)
            if replace:
                for row in live:
                    row.deleted_at = utc_now()
                    row.replaced_by = record.id
                live = []
            if not live:
                if imported.day_start is not None:
                    workshop.day_start_min = imported.day_start
                if imported.day_end is not None:
                    workshop.day_end_min = imported.day_end
                workshop.day_titles = ""
            first_day = live[-1].day if live else 0
            if live and imported.day_titles and imported.day_titles[0]:
                first_day += 1  # an added programme that names its first day is a day of its own
            workshop.day_titles = _merged_titles(workshop.day_titles, imported.day_titles, first_day)
            # Core inserts, many rows each: an ORM object and a flush per item made a 4,000-item
            # import hold the write lock for 15 s (typing in the app froze, lines were refused).
            specs = [[PhaseSpec(p.label, p.kind, p.minutes) for p in item.phases] for item in imported.items]
            values = [
                {"workshop_id": workshop_id, "position": len(live) + offset, "kind": str(item.kind),
                 "title": clean_line(item.title), "presenter": clean_line(item.presenter),
                 "planned_minutes": sum(_clamp_minutes(p.minutes) for p in phases) if phases
                 else _clamp_minutes(item.minutes),
                 "pinned_start_min": item.pinned_start, "description": clean_text(item.description),
                 "notes": clean_text(item.notes), "day": first_day + item.day, "import_id": record.id}
                for offset, (item, phases) in enumerate(zip(imported.items, specs))
            ]
            new_ids: list[int] = []
            if values:
                inserted = insert(AgendaItem).returning(AgendaItem.id, sort_by_parameter_order=True)
                new_ids = list(session.execute(inserted, values).scalars())
            phase_values = [_phase_row(item_id, position, spec)
                            for item_id, phases in zip(new_ids, specs) for position, spec in enumerate(phases)]
            if phase_values:
                session.execute(insert(Phase), phase_values)
        return new_ids, Changes(agenda=True, workshops=True, workshop_id=workshop_id)

    @user_action
    def undo_last_import(self, workshop_id: int) -> tuple[ImportUndone, Changes]:
        """Take the newest import back: its items are soft-deleted, the items it replaced restored.

        The day's start, end and headings go back to what they were before it. Raises
        :class:`InputError` when the workshop has no import left to undo.
        """
        with self._store.transaction() as session:
            require(session, Workshop, workshop_id)
            record = session.exec(
                select(AgendaImport)
                .where(AgendaImport.workshop_id == workshop_id, col(AgendaImport.undone_at).is_(None))
                .order_by(col(AgendaImport.id).desc())
            ).first()
            if record is None:
                raise InputError(QT_TRANSLATE_NOOP("InputError", "There is no import to undo in this workshop."))
            added = session.exec(select(AgendaItem).where(AgendaItem.import_id == record.id,
                                                          col(AgendaItem.deleted_at).is_(None))).all()
            for row in added:
                row.deleted_at = utc_now()
            replaced = session.exec(select(AgendaItem).where(AgendaItem.replaced_by == record.id)
                                    .order_by(col(AgendaItem.position))).all()
            session.flush()
            for row in replaced:
                row.deleted_at = None
                row.replaced_by = None
                _insert_at(session, row, row.position)
            _renumber(_live_items(session, workshop_id))
            workshop = require(session, Workshop, workshop_id)
            workshop.day_start_min = record.day_start_before
            workshop.day_end_min = record.day_end_before
            workshop.day_titles = record.day_titles_before
            record.undone_at = utc_now()
            undone = ImportUndone(record.source, record.at, len(added), len(replaced))
        return undone, Changes(agenda=True, workshops=True, workshop_id=workshop_id)

    def live_item_ids(self, workshop_id: int) -> list[int]:
        with self._store.read() as session:
            return [row.id for row in _live_items(session, workshop_id) if row.id is not None]
