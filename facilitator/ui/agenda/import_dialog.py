"""Paste or open a programme and see, line by line, how it was read before storing it.

Text (typed, pasted or opened) stays editable on the left and is read again as it changes; a
Word document, an HTML table or a spreadsheet is shown row by row, and for a spreadsheet the
columns holding the start, end, length, title and presenter can be chosen.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.agenda_import import ImportPlan, plan_import
from facilitator.domain.kinds import ItemKind
from facilitator.domain.programme.model import LineResult, LineRole, ParsedItem, ParseResult, Programme, Remark
from facilitator.domain.programme.reader import parse_lines, table_columns, text_lines
from facilitator.domain.programme.sources import Source, SourceKind, read_clipboard, read_text
from facilitator.domain.programme.tables import Columns
from facilitator.domain.schedule import format_clock
from facilitator.ui.agenda.kind_delegate import KindDelegate
from facilitator.ui.agenda.kind_style import kind_icon, kind_label

LINE, TEXT, ROLE, DAY, KIND, TIME, TITLE, REMARK = range(8)
UNPLACED_COLOUR = QColor("#fbefc4")
LEFT_OUT_COLOUR = QColor("#e6e6e6")
UNPLACED = (LineRole.NOTE, LineRole.DAY, LineRole.HEADER, LineRole.BLOCK, LineRole.CLOSING)
Index = QModelIndex | QPersistentModelIndex
COLUMN_FIELDS = ("start", "end", "length", "title", "presenter")


class PreviewModel(QAbstractTableModel):
    """One row per non-blank source line: what it became; an item's kind can be corrected here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result = ParseResult(Programme())
        self._rows: list[LineResult] = []
        self._kinds: dict[int, ItemKind] = {}  # corrections, by entry index

    def set_result(self, result: ParseResult) -> None:
        self.beginResetModel()
        self._result = result
        self._rows = [line for line in result.lines if line.role is not LineRole.BLANK]
        self._kinds = {}
        self.endResetModel()

    def line(self, row: int) -> LineResult:
        return self._rows[row]

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
        notes = sum(1 for line in self._rows if line.role in (LineRole.NOTE, LineRole.DAY, LineRole.HEADER))
        return len(self._result.programme.items), notes

    def _entry(self, line: LineResult) -> ParsedItem | None:
        if line.entry is None:
            return None
        entry = self._result.programme.entries[line.entry]
        return entry if isinstance(entry, ParsedItem) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Line"), self.tr("Text"), self.tr("Read as"), self.tr("Day"), self.tr("Kind"),
                    self.tr("Time"), self.tr("Title"), self.tr("Why"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._rows[index.row()]
        item = self._entry(line) if line.role in (LineRole.ITEM, LineRole.DESCRIPTION) else None
        column = index.column()
        if role == Qt.ItemDataRole.BackgroundRole:
            if line.role in UNPLACED:
                return QBrush(UNPLACED_COLOUR)
            return QBrush(LEFT_OUT_COLOUR) if line.role is LineRole.DECORATION else None
        if line.role is not LineRole.ITEM:
            item = None if column in (KIND, TIME, TITLE) else item
        if role == Qt.ItemDataRole.DecorationRole and column == KIND and item is not None:
            return kind_icon(self._kind(line, item))
        if role == Qt.ItemDataRole.EditRole and column == KIND and item is not None:
            return self._kind(line, item)
        if role == Qt.ItemDataRole.ToolTipRole and column == REMARK:
            return self._remarks(line) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._display(line, item, column)

    def _display(self, line: LineResult, item: ParsedItem | None, column: int) -> Any:
        if column == LINE:
            return line.number
        if column == TEXT:
            return " ".join(line.text.split())
        if column == ROLE:
            return self._role_text(line.role)
        if column == REMARK:
            return self._remarks(line)
        if column == DAY:
            return self._day(line)
        if item is None:
            return None
        if column == KIND:
            return kind_label(self._kind(line, item))
        if column == TIME:
            return _time_text(item)
        phases = ", ".join(f"{p.minutes} min {p.label}".strip() for p in item.phases)
        parts = [item.title, f"v/ {item.presenter}" if item.presenter else "", f"({phases})" if phases else ""]
        return " ".join(part for part in parts if part)

    def _day(self, line: LineResult) -> str | None:
        if line.entry is None:
            return None
        entry = self._result.programme.entries[line.entry]
        day = getattr(entry, "day", None)
        return None if day is None else str(day + 1)

    def _kind(self, line: LineResult, item: ParsedItem) -> ItemKind:
        return self._kinds.get(line.entry if line.entry is not None else -1, item.kind)

    def _role_text(self, role: LineRole) -> str:
        return {
            LineRole.ITEM: self.tr("Item"),
            LineRole.DESCRIPTION: self.tr("Description of the item above"),
            LineRole.DAY: self.tr("Day heading – kept as a note"),
            LineRole.BLOCK: self.tr("Block over the items below – kept as their note"),
            LineRole.CLOSING: self.tr("End of the day"),
            LineRole.HEADER: self.tr("Column names – kept as a note"),
            LineRole.NOTE: self.tr("Not placed – kept as a note"),
            LineRole.DECORATION: self.tr("Decoration – left out"),
            LineRole.BLANK: "",
        }[role]

    def _remarks(self, line: LineResult) -> str:
        texts = {
            Remark.AFTERNOON: self.tr("12-hour time read as afternoon"),
            Remark.NEXT_DAY: self.tr("ends after midnight"),
            Remark.END_FROM_NEXT: self.tr("ends where the next item begins"),
            Remark.END_FROM_CLOSING: self.tr("ends with the day"),
            Remark.PARALLEL: self.tr("parallel: same start as another item"),
            Remark.NO_LENGTH: self.tr("no length written: fill it in"),
            Remark.NEW_DAY: self.tr("starts a new day"),
            Remark.BACKWARDS: self.tr("starts before the item above"),
        }
        return "; ".join(texts[remark] for remark in line.remarks)

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
    return f"{minutes} min" if minutes is not None else ""


def _column_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


class ColumnChooser(QWidget):
    """Which spreadsheet column holds the start, end, length, title and presenter."""

    def __init__(self, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        width = max((len(line.cells or ()) for line in source.lines), default=0)
        first = next((line.cells for line in source.lines if line.cells and any(c.strip() for c in line.cells)), ())
        guessed = next(iter(table_columns(source.lines).values()), Columns())
        self.combos: dict[str, QComboBox] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        labels = (self.tr("Start"), self.tr("End"), self.tr("Length"), self.tr("Title"), self.tr("Presenter"))
        for field, label in zip(COLUMN_FIELDS, labels):
            combo = QComboBox()
            combo.setObjectName(f"column_{field}")
            combo.addItem(self.tr("(none)"), None)
            for index in range(width):
                header = first[index] if index < len(first) else ""
                combo.addItem(f"{_column_name(index)}: {header[:30]}" if header else _column_name(index), index)
            chosen = getattr(guessed, field)
            combo.setCurrentIndex(0 if chosen is None else chosen + 1)
            form = QFormLayout()
            form.addRow(label, combo)
            layout.addLayout(form)
            self.combos[field] = combo
        layout.addStretch(1)

    def columns(self) -> Columns:
        return Columns(**{field: combo.currentData() for field, combo in self.combos.items()})


class ImportDialog(QDialog):
    """The source on the left, how it was read on the right; nothing is stored until Import is pressed."""

    def __init__(self, source: Source | str, day_start: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import programme"))
        self._day_start = day_start
        self._source = read_text(source) if isinstance(source, str) else source
        editable = self._source.kind is SourceKind.TEXT
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("programme_text")
        self.editor.setPlaceholderText(self.tr("Paste the programme here, e.g.\n12.30-12.50: Oplæg om …"))
        self.editor.setVisible(editable)
        self.preview = PreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("preview")
        self.table.setModel(self.preview)
        self.table.setItemDelegateForColumn(KIND, KindDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header = self.table.horizontalHeader()
        for column, width in ((ROLE, 210), (REMARK, 230)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.setWordWrap(True)
        self.chooser = ColumnChooser(self._source) if self._source.kind is SourceKind.SPREADSHEET else None
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.replace_box = QCheckBox(self.tr("Replace the current agenda (otherwise the items are added at the end)"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._build_layout()
        if editable:
            self.editor.setPlainText("\n".join(line.text for line in self._source.lines))
            self.editor.textChanged.connect(self._reparse)
        if self.chooser is not None:
            for combo in self.chooser.combos.values():
                combo.currentIndexChanged.connect(self._reparse)
        self._reparse()
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(min(1500, int(screen.width() * 0.9)) if screen else 1200,
                    min(850, int(screen.height() * 0.85)) if screen else 650)

    def _build_layout(self) -> None:
        splitter = QSplitter()
        splitter.addWidget(self.editor)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self._intro()))
        if self.chooser is not None:
            layout.addWidget(self.chooser)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.replace_box)
        layout.addWidget(self.buttons)

    def _intro(self) -> str:
        where = {
            SourceKind.TEXT: "",
            SourceKind.HTML: self.tr("Read from a table or web page."),
            SourceKind.WORD: self.tr("Read from a Word document: its paragraphs and table rows."),
            SourceKind.SPREADSHEET: self.tr("Read from a spreadsheet: choose which column holds what."),
        }[self._source.kind]
        text = self.tr("Lines marked in yellow are not items; they are kept as notes. Double-click a kind to "
                       "correct it.")
        return f"{where} {text}".strip()

    @classmethod
    def from_clipboard(cls, day_start: int, parent: QWidget | None = None) -> ImportDialog:
        """The clipboard's HTML when it holds a table (Word, a browser, Outlook), else its text."""
        mime = QGuiApplication.clipboard().mimeData()
        html = mime.html() if mime is not None and mime.hasHtml() else None
        text = mime.text() if mime is not None and mime.hasText() else ""
        return cls(read_clipboard(html, text), day_start, parent)

    def _reparse(self) -> None:
        if self._source.kind is SourceKind.TEXT:
            result = parse_lines(text_lines(self.editor.toPlainText()))
        else:
            columns = None
            if self.chooser is not None:
                chosen = self.chooser.columns()
                columns = {table: chosen for table in table_columns(self._source.lines)}
            result = parse_lines(self._source.lines, columns)
        self.preview.set_result(result)
        self.table.resizeColumnToContents(LINE)
        programme = result.programme
        self.table.setColumnHidden(DAY, not any(item.day for item in programme.items))
        items, notes = self.preview.counts()
        self.summary.setText(self.tr("%n item(s) found;", "", items) + self.tr(" %n line(s) kept as notes.", "", notes))
        self.import_button.setEnabled(items > 0 or notes > 0)

    def plan(self) -> ImportPlan:
        """What Import stores: the items (with corrected kinds), their durations and pins."""
        return plan_import(self.preview.programme(), self._day_start)

    def replace_agenda(self) -> bool:
        return self.replace_box.isChecked()
