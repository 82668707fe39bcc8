"""The frame the set-up editors share: a table of one workshop's rows with its buttons below."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from facilitator.services.changes import Changes
from facilitator.ui.change_feed import perform_returning
from facilitator.ui.workshop_table_model import WorkshopTableModel

M = TypeVar("M", bound=WorkshopTableModel)


class TableEditor(QWidget, Generic[M]):
    """A table over one workshop's rows, a row of buttons and the buttons' keys in the table.

    Subclasses add what is their own (columns, delegates, the buttons and what they do). A
    button's key works while the table has focus, not while a cell is being typed in, and the
    button's tooltip names the key, so one convention (Ins adds, Del removes) reads the same
    in every set-up table.
    """

    def __init__(self, name: str, make_model: Callable[[QWidget], M], parent: QWidget | None = None) -> None:
        """``make_model`` gets this widget as the model's parent (it shows the model's errors)."""
        super().__init__(parent)
        self.model = make_model(self)
        self.table = QTableView(objectName=name)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._current: tuple[int, int] | None = None  # (row id, column) over a re-read
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        self._buttons = QHBoxLayout()
        self._buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(self._buttons)

    def add_button(self, text: str, slot: Callable[[], object], shortcut: str | None = None) -> QPushButton:
        """A button after the others; ``shortcut`` (a portable key name) also works in the table."""
        button = QPushButton(text)
        button.clicked.connect(slot)
        if shortcut:
            key = QKeySequence(shortcut)
            button.setToolTip(key.toString(QKeySequence.SequenceFormat.NativeText))
            # Not QShortcut(key, table, slot, context=…): PySide6 drops the context given with a
            # slot, and two tables' window-wide Del in one window would cancel each other out.
            QShortcut(key, self.table, context=Qt.ShortcutContext.WidgetShortcut).activated.connect(slot)
        self._buttons.insertWidget(self._buttons.count() - 1, button)  # before the stretch
        return button

    def show_workshop(self, workshop_id: int) -> None:
        self.model.show_workshop(workshop_id)

    def add_row(self, add: Callable[[int], tuple[object, Changes]], column: int = 0) -> None:
        """Store a new last row with ``add(workshop_id)`` and open its ``column`` for typing."""
        workshop_id = self.model.workshop_id
        if workshop_id is None:
            return
        if perform_returning(self, self.model.feed, add, workshop_id) is None:
            return
        self.model.reload()  # now, not later: the new row is edited at once
        index = self.model.index(self.model.rowCount() - 1, column)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _remember_current(self) -> None:
        index = self.table.currentIndex()
        self._current = (self.model.rows[index.row()].id, index.column()) if index.isValid() else None

    def _restore_current(self) -> None:
        """The current row stays current through a re-read (after an edit, a move, another station's
        change), so the next key acts on it; a removed row leaves nothing selected."""
        if self._current is None:
            return
        row_id, column = self._current
        for row, item in enumerate(self.model.rows):
            if item.id == row_id:
                self.table.setCurrentIndex(self.model.index(row, column))
                return
