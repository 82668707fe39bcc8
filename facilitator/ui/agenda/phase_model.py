"""Table model of one item's phases ("10 min oplæg, 20 min gruppearbejde"); edits replace the list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from facilitator.domain.kinds import ItemKind
from facilitator.domain.schedule import ScheduledItem, format_clock
from facilitator.services.agenda import ItemView, PhaseSpec
from facilitator.ui.agenda.cell_input import read_minutes
from facilitator.ui.agenda.editing import AgendaEditor
from facilitator.ui.agenda.kind_style import kind_icon, kind_label
from facilitator.ui.row_refresh import refresh_rows

LABEL, KIND, MINUTES, TIMES = range(4)
NEW_PHASE_MINUTES = 10
Index = QModelIndex | QPersistentModelIndex


class PhaseModel(QAbstractTableModel):
    """Rows are the phases of the item shown in the detail pane.

    Signals:
        input_rejected(str): an edit could not be read (nothing stored).
    """

    input_rejected = Signal(str)

    def __init__(self, editor: AgendaEditor) -> None:
        super().__init__(editor)
        self._editor = editor
        self._item: ItemView | None = None
        self._scheduled: ScheduledItem | None = None

    def show_item(self, item: ItemView | None, scheduled: ScheduledItem | None) -> None:
        """Show ``item``'s phases; the same item with as many phases keeps its rows.

        Each edit re-reads the item before the view moves on, so Tab from a phase's label
        opens the next cell only if the rows survive; a reset would close that editor.
        """
        same_rows = (item is not None and self._item is not None and item.id == self._item.id
                     and len(item.phases) == len(self._item.phases))

        def replace() -> None:
            self._item, self._scheduled = item, scheduled

        refresh_rows(self, same_rows, replace)

    def specs(self) -> list[PhaseSpec]:
        phases = self._item.phases if self._item else ()
        return [PhaseSpec(p.label, p.kind, p.minutes) for p in phases]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._item is None else len(self._item.phases)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Phase"), self.tr("Kind"), self.tr("Min."), self.tr("Time"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._item is None:
            return None
        phase = self._item.phases[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == LABEL:
                return phase.label
            if column == KIND:
                return phase.kind if role == Qt.ItemDataRole.EditRole else kind_label(phase.kind)
            if column == MINUTES:
                return phase.minutes
            if column == TIMES and self._scheduled and index.row() < len(self._scheduled.phases):
                times = self._scheduled.phases[index.row()]
                return f"{format_clock(times.start)}–{format_clock(times.end)}"
        if role == Qt.ItemDataRole.DecorationRole and column == KIND:
            return kind_icon(phase.kind)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() != TIMES else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self._item is None:
            return False
        specs = self.specs()
        old = specs[index.row()]
        if index.column() == LABEL:
            specs[index.row()] = PhaseSpec(str(value), old.kind, old.minutes)
        elif index.column() == KIND:
            specs[index.row()] = PhaseSpec(old.label, ItemKind(value), old.minutes)
        elif index.column() == MINUTES:
            minutes, message = read_minutes(value)
            if minutes is None:
                self.input_rejected.emit(message)
                return False
            specs[index.row()] = PhaseSpec(old.label, old.kind, minutes)
        else:
            return False
        self._editor.set_phases(self._item, specs)
        return True

    def add_phase(self) -> None:
        """A new last phase; the first one takes the whole item so its length does not jump."""
        if self._item is None:
            return
        specs = self.specs()
        minutes = self._item.minutes if not specs else NEW_PHASE_MINUTES
        specs.append(PhaseSpec("", self._item.kind, minutes))
        self._editor.set_phases(self._item, specs)

    def remove_phase(self, row: int) -> None:
        if self._item is None or not 0 <= row < len(self._item.phases):
            return
        specs = self.specs()
        del specs[row]
        self._editor.set_phases(self._item, specs)
