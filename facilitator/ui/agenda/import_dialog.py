"""Paste or open a plain-text programme and see, line by line, how it was read before storing it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.agenda_import import ImportPlan, plan_import
from facilitator.domain.agenda_text import LineResult, LineRole, ParsedItem, ParseResult, Programme, parse
from facilitator.domain.kinds import ItemKind
from facilitator.domain.schedule import format_clock
from facilitator.ui.agenda.kind_delegate import KindDelegate
from facilitator.ui.agenda.kind_style import kind_icon, kind_label

LINE, TEXT, ROLE, KIND, TIME, TITLE = range(6)
UNPLACED_COLOUR = QColor("#fbefc4")
Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """One row per non-blank input line: what it became; an item's kind can be corrected here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result = ParseResult(Programme())
        self._rows: list[LineResult] = []
        self._kinds: dict[int, ItemKind] = {}  # corrections, by entry index

    def set_text(self, text: str) -> None:
        self.beginResetModel()
        self._result = parse(text)
        self._rows = [line for line in self._result.lines if line.role is not LineRole.BLANK]
        self._kinds = {}
        self.endResetModel()

    def programme(self) -> Programme:
        """The parsed programme with the user's kind corrections applied."""
        entries = list(self._result.programme.entries)
        for index, kind in self._kinds.items():
            entry = entries[index]
            assert isinstance(entry, ParsedItem)
            entries[index] = replace(entry, kind=kind)
        return Programme(tuple(entries))

    def counts(self) -> tuple[int, int]:
        """Items found, lines kept as notes."""
        notes = sum(1 for line in self._rows if line.role in (LineRole.NOTE, LineRole.DAY))
        return len(self._result.programme.items), notes

    def _entry(self, line: LineResult) -> ParsedItem | None:
        if line.entry is None:
            return None
        entry = self._result.programme.entries[line.entry]
        return entry if isinstance(entry, ParsedItem) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Line"), self.tr("Text"), self.tr("Read as"), self.tr("Kind"), self.tr("Time"),
                    self.tr("Title"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._rows[index.row()]
        item = self._entry(line) if line.role is LineRole.ITEM else None
        column = index.column()
        if role == Qt.ItemDataRole.BackgroundRole and line.role in (LineRole.NOTE, LineRole.DAY):
            return QBrush(UNPLACED_COLOUR)
        if role == Qt.ItemDataRole.DecorationRole and column == KIND and item is not None:
            return kind_icon(self._kind(line, item))
        if role == Qt.ItemDataRole.EditRole and column == KIND and item is not None:
            return self._kind(line, item)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == LINE:
            return line.number
        if column == TEXT:
            return line.text.strip()
        if column == ROLE:
            return self._role_text(line.role)
        if item is None:
            return None
        if column == KIND:
            return kind_label(self._kind(line, item))
        if column == TIME:
            return _time_text(item)
        phases = ", ".join(f"{p.minutes} min {p.label}".strip() for p in item.phases)
        parts = [item.title, f"v/ {item.presenter}" if item.presenter else "", f"({phases})" if phases else ""]
        return " ".join(part for part in parts if part)

    def _kind(self, line: LineResult, item: ParsedItem) -> ItemKind:
        return self._kinds.get(line.entry if line.entry is not None else -1, item.kind)

    def _role_text(self, role: LineRole) -> str:
        return {
            LineRole.ITEM: self.tr("Item"),
            LineRole.DESCRIPTION: self.tr("Description of the item above"),
            LineRole.DAY: self.tr("Day heading – kept as a note"),
            LineRole.NOTE: self.tr("Not placed – kept as a note"),
            LineRole.DECORATION: self.tr("Decoration – left out"),
            LineRole.BLANK: "",
        }[role]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == KIND and self._rows[index.row()].role is LineRole.ITEM:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        line = self._rows[index.row()]
        if role != Qt.ItemDataRole.EditRole or index.column() != KIND or line.entry is None:
            return False
        self._kinds[line.entry] = ItemKind(value)
        self.dataChanged.emit(index, index)
        return True


def _time_text(item: ParsedItem) -> str:
    if item.start is not None and item.end is not None:
        return f"{format_clock(item.start)}–{format_clock(item.end)}"
    if item.start is not None:
        return format_clock(item.start)
    minutes = sum(p.minutes for p in item.phases) if item.phases else item.minutes
    return f"{minutes} min"


class ImportDialog(QDialog):
    """Text on the left, how it was read on the right; nothing is stored until Import is pressed."""

    def __init__(self, text: str, day_start: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import programme"))
        self._day_start = day_start
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("programme_text")
        self.editor.setPlaceholderText(self.tr("Paste the programme here, e.g.\n12.30-12.50: Oplæg om …"))
        self.preview = PreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("preview")
        self.table.setModel(self.preview)
        self.table.setItemDelegateForColumn(KIND, KindDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.replace_box = QCheckBox(self.tr("Replace the current agenda (otherwise the items are added at the end)"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        splitter = QSplitter()
        splitter.addWidget(self.editor)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Lines marked in yellow could not be placed; they are kept as notes "
                                        "of the item above. Double-click a kind to correct it.")))
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.replace_box)
        layout.addWidget(self.buttons)
        self.editor.textChanged.connect(self._reparse)
        self.editor.setPlainText(text)
        self._reparse()
        self.resize(1100, 600)

    @classmethod
    def from_clipboard(cls, day_start: int, parent: QWidget | None = None) -> ImportDialog:
        return cls(QGuiApplication.clipboard().text(), day_start, parent)

    def _reparse(self) -> None:
        self.preview.set_text(self.editor.toPlainText())
        self.table.resizeColumnToContents(LINE)
        self.table.resizeColumnToContents(ROLE)
        items, notes = self.preview.counts()
        self.summary.setText(self.tr("{items} items found; {notes} lines kept as notes.").format(
            items=items, notes=notes))
        self.import_button.setEnabled(items > 0 or notes > 0)

    def plan(self) -> ImportPlan:
        """What Import stores: the items (with corrected kinds), their durations and pins."""
        return plan_import(self.preview.programme(), self._day_start)

    def replace_agenda(self) -> bool:
        return self.replace_box.isChecked()
