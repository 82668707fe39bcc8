"""The agenda's edit operations as undoable commands, shared by the table, the pane and the view."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.domain.kinds import ItemKind
from facilitator.services.agenda import AgendaService, AttachmentCopy, ItemView, PhaseSpec
from facilitator.services.attachments import AttachmentService
from facilitator.services.changes import Changes
from facilitator.services.input_errors import InputError
from facilitator.services.workshops import WorkshopService
from facilitator.ui.undo_commands import CreateCommand, ServiceCommand
from facilitator.ui.change_feed import ChangeFeed, perform

if TYPE_CHECKING:  # the programme readers load when a programme is imported
    from facilitator.domain.agenda_import import ImportPlan


class AgendaEditor(QObject):
    """Turns each user edit into a command on one undo stack per shown workshop.

    Signals:
        created(int): an insert, duplicate or import made this item (the view selects it).
    """

    created = Signal(int)

    def __init__(self, agenda: AgendaService, workshops: WorkshopService, attachments: AttachmentService,
                 feed: ChangeFeed, widget: QWidget) -> None:
        super().__init__(widget)
        self.agenda = agenda
        self.workshops = workshops
        self.attachments = attachments
        self.feed = feed
        self.stack = QUndoStack(self)
        self._widget = widget
        self.workshop_id: int | None = None

    def show_workshop(self, workshop_id: int) -> None:
        """Undo history belongs to one workshop: switching starts a fresh one."""
        if workshop_id != self.workshop_id:
            self.stack.clear()
        self.workshop_id = workshop_id

    def _run(self, action: Callable[[], Changes]) -> bool:
        """Run a service call; a refused input (e.g. a file too big to keep) is explained, not raised."""
        try:
            return perform(self._widget, self.feed, action)
        except InputError as error:
            QMessageBox.warning(self._widget, self.tr("Not saved"), error.message())
            return False

    def _push(self, text: str, redo: Callable[[], Changes], undo: Callable[[], Changes],
              merge_key: object = None) -> None:
        self.stack.push(ServiceCommand(text, self._run, redo, undo, merge_key))

    # Fields ---------------------------------------------------------------------------------

    def set_text(self, item: ItemView, name: str, value: str) -> None:
        old = getattr(item, name)
        if value == old:
            return
        self._push(self.tr("Edit text"), lambda: self.agenda.set_text(item.id, name, value),
                   lambda: self.agenda.set_text(item.id, name, old), merge_key=(item.id, name))

    def set_kind(self, item: ItemView, kind: ItemKind) -> None:
        if kind != item.kind:
            self._push(self.tr("Change kind"), lambda: self.agenda.set_kind(item.id, kind),
                       lambda: self.agenda.set_kind(item.id, item.kind))

    def set_minutes(self, item: ItemView, minutes: int) -> None:
        """A new length; the old phases come back on undo exactly as they were."""
        if minutes == item.minutes:
            return
        old_phases = [PhaseSpec(p.label, p.kind, p.minutes) for p in item.phases]

        def undo() -> Changes:
            if old_phases:
                return self.agenda.set_phases(item.id, old_phases)
            return self.agenda.set_minutes(item.id, item.planned_minutes)

        self._push(self.tr("Change duration"), lambda: self.agenda.set_minutes(item.id, minutes), undo)

    def set_pin(self, item: ItemView, clock: int | None) -> None:
        if clock != item.pinned_start:
            text = self.tr("Pin start time") if clock is not None else self.tr("Unpin start time")
            self._push(text, lambda: self.agenda.set_pinned_start(item.id, clock),
                       lambda: self.agenda.set_pinned_start(item.id, item.pinned_start))

    def set_phases(self, item: ItemView, phases: Sequence[PhaseSpec]) -> None:
        old = [PhaseSpec(p.label, p.kind, p.minutes) for p in item.phases]
        new = list(phases)
        if new == old:
            return

        def undo() -> Changes:
            changes = self.agenda.set_phases(item.id, old)
            return changes | self.agenda.set_minutes(item.id, item.planned_minutes) if not old else changes

        self._push(self.tr("Edit phases"), lambda: self.agenda.set_phases(item.id, new), undo)

    def set_day(self, start: int, end: int | None) -> None:
        assert self.workshop_id is not None
        workshop_id = self.workshop_id
        current = self.workshops.get(workshop_id)
        if (start, end) == (current.day_start_min, current.day_end_min):
            return
        self._push(self.tr("Change the day's times"), lambda: self.workshops.set_day(workshop_id, start, end),
                   lambda: self.workshops.set_day(workshop_id, current.day_start_min, current.day_end_min))

    # Rows -----------------------------------------------------------------------------------

    def _announce(self, ids: list[int]) -> None:
        if ids:
            self.created.emit(ids[0])

    def _create(self, text: str, create: Callable[[], tuple[list[int], Changes]]) -> None:
        self.stack.push(CreateCommand(text, self._run, create, self.agenda.delete_items, self.agenda.restore_items,
                                      self._announce))

    def insert(self, position: int | None, kind: ItemKind = ItemKind.OTHER) -> None:
        assert self.workshop_id is not None
        workshop_id = self.workshop_id

        def create() -> tuple[list[int], Changes]:
            new_id, changes = self.agenda.insert_item(workshop_id, position, kind=kind)
            return [new_id], changes

        self._create(self.tr("Insert item"), create)

    def duplicate(self, item: ItemView) -> None:
        def create() -> tuple[list[int], Changes]:
            new_id, changes = self.agenda.duplicate_item(item.id)
            return [new_id], changes

        self._create(self.tr("Duplicate item"), create)

    def delete(self, items: Sequence[ItemView]) -> None:
        ids = [item.id for item in items]
        if ids:
            self._push(self.tr("Delete item"), lambda: self.agenda.delete_items(ids),
                       lambda: self.agenda.restore_items(ids))

    def move(self, item: ItemView, position: int) -> None:
        if position != item.position:
            self._push(self.tr("Move item"), lambda: self.agenda.move_item(item.id, position),
                       lambda: self.agenda.move_item(item.id, item.position))

    def import_plan(self, plan: ImportPlan, replace: bool) -> None:
        """Add (or replace the agenda with) parsed items; one undo step takes it all back."""
        assert self.workshop_id is not None
        workshop_id = self.workshop_id
        before = self.workshops.get(workshop_id)
        replaced = self.agenda.live_item_ids(workshop_id) if replace else []
        after: list[int | None] = []  # the day's start and end the import set, for redo

        def create() -> tuple[list[int], Changes]:
            ids, changes = self.agenda.import_plan(workshop_id, plan, replace=replace)
            workshop = self.workshops.get(workshop_id)
            after[:] = [workshop.day_start_min, workshop.day_end_min]
            return ids, changes

        def delete(ids: Sequence[int]) -> Changes:
            changes = self.agenda.delete_items(ids)
            if replaced:
                changes |= self.agenda.restore_items(replaced)
            return changes | self.workshops.set_day(workshop_id, before.day_start_min, before.day_end_min)

        def restore(ids: Sequence[int]) -> Changes:
            changes = self.agenda.delete_items(replaced) if replaced else Changes()
            changes |= self.agenda.restore_items(ids)
            start = after[0]
            assert start is not None
            return changes | self.workshops.set_day(workshop_id, start, after[1])

        self.stack.push(CreateCommand(self.tr("Import programme"), self._run, create, delete, restore,
                                      self._announce))

    # Attachments ----------------------------------------------------------------------------

    def _add_copy(self, copy: AttachmentCopy, ids: list[int]) -> Changes:
        new_id, changes = self.attachments.add(copy.workshop_id, copy.title, filename=copy.filename,
                                               data=copy.data, item_id=copy.item_id)
        ids[:] = [new_id] if new_id is not None else []
        return changes

    def _remove(self, ids: list[int]) -> Changes:
        return self.attachments.delete(ids[0]) if ids else Changes()

    def add_attachment(self, copy: AttachmentCopy) -> None:
        """Attach a file (or only a title) to an item; undo removes it again."""
        ids: list[int] = []
        self._push(self.tr("Add attachment"), lambda: self._add_copy(copy, ids), lambda: self._remove(ids))

    def remove_attachment(self, attachment_id: int) -> None:
        """Remove an attachment; undo puts it back, file and all (it gets a new id)."""
        copy = self.agenda.attachment_copy(attachment_id)
        ids = [attachment_id]
        self._push(self.tr("Remove attachment"), lambda: self._remove(ids), lambda: self._add_copy(copy, ids))
