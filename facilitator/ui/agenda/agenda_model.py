"""Table model of the programme: rows are items with computed clock times, read through the service.

The model owns no data: it re-reads the agenda when the changes feed says the agenda (or the
day's times) changed, and turns every edit into an undoable command of the :class:`AgendaEditor`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from facilitator.domain.kinds import ItemKind
from facilitator.domain.schedule import ScheduledItem, ScheduleWarning, WarningKind, format_clock
from facilitator.services.agenda import AgendaView, ItemView
from facilitator.services.changes import Changes
from facilitator.ui.agenda.cell_input import read_minutes, read_pin
from facilitator.ui.agenda.editing import AgendaEditor
from facilitator.ui.agenda.kind_style import kind_icon, kind_label
from facilitator.ui.row_refresh import refresh_rows

START, MINUTES, END, KIND, TITLE, PRESENTER, NOTICE, DAY = range(8)  # the view shows DAY first
MIME_TYPE = "application/x-facilitator-agenda-item"
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
OVERLAP_COLOUR = QColor("#f8d0c8")
GAP_COLOUR = QColor("#fbefc4")


class AgendaModel(QAbstractTableModel):
    """The programme table; start time edits pin an item, an empty start unpins it.

    Signals:
        input_rejected(str): an edit could not be read; the message says why (nothing stored).
    """

    input_rejected = Signal(str)
    reloaded = Signal()

    def __init__(self, editor: AgendaEditor) -> None:
        super().__init__(editor)
        self._editor = editor
        self._agenda: AgendaView | None = None
        editor.feed.changed.connect(self._on_changed)

    # Reading --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the agenda; when the rows are the same items, only their cells change.

        Keeping the rows (rather than resetting) lets an open cell editor and the selection
        survive the refresh that follows the editor's own commit.
        """
        workshop_id = self._editor.workshop_id
        fresh = None if workshop_id is None else self._editor.agenda.agenda(workshop_id)
        same_rows = (
            fresh is not None and self._agenda is not None
            and [i.id for i in fresh.items] == [i.id for i in self._agenda.items]
        )

        def replace() -> None:
            self._agenda = fresh

        refresh_rows(self, same_rows, replace)
        self.reloaded.emit()

    @property
    def agenda(self) -> AgendaView | None:
        return self._agenda

    def item(self, row: int) -> ItemView:
        assert self._agenda is not None
        return self._agenda.items[row]

    def scheduled(self, row: int) -> ScheduledItem:
        assert self._agenda is not None
        return self._agenda.schedule.items[row]

    def row_of(self, item_id: int) -> int | None:
        items = self._agenda.items if self._agenda else ()
        return next((row for row, item in enumerate(items) if item.id == item_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._agenda is None else len(self._agenda.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return (self.tr("Start"), self.tr("Min."), self.tr("End"), self.tr("Kind"), self.tr("Title"),
                self.tr("Presenter"), self.tr("Notice"), self.tr("Day"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._agenda is None:
            return None
        item = self.item(index.row())
        scheduled = self.scheduled(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, scheduled, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(item, column)
        if role == KIND_ROLE:
            return item.kind
        if role == Qt.ItemDataRole.DecorationRole and column == KIND:
            return kind_icon(item.kind)
        if role == Qt.ItemDataRole.FontRole and column == START and scheduled.pinned:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and column in (START, NOTICE):
            if scheduled.gap_before < 0:
                return QBrush(OVERLAP_COLOUR)
            if scheduled.gap_before > 0 or self._warnings(index.row()):
                return QBrush(GAP_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, scheduled, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (START, MINUTES, END):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, item: ItemView, scheduled: ScheduledItem, column: int) -> str | None:
        if column == START:
            return format_clock(scheduled.start)
        if column == MINUTES:
            return str(item.minutes)
        if column == END:
            return format_clock(scheduled.end)
        if column == KIND:
            return kind_label(item.kind)
        if column == TITLE:
            return item.title
        if column == PRESENTER:
            return item.presenter
        if column == DAY:
            return self.day_text(item.day)
        return "; ".join(self.notices(scheduled))

    def day_text(self, day: int) -> str:
        """The day an item is on: the programme's heading for it, else "Day 2"."""
        title = self._agenda.day_title(day) if self._agenda is not None else ""
        return title or self.tr("Day {number}").format(number=day + 1)

    def several_days(self) -> bool:
        return self._agenda is not None and any(item.day for item in self._agenda.items)

    def notices(self, scheduled: ScheduledItem) -> list[str]:
        """The row's warnings, and for a pinned item also what it does to the item after it."""
        texts = [self.warning_text(w) for w in self._warnings(scheduled.index)]
        if scheduled.pinned and scheduled.gap_after > 0:
            texts.append(self.tr("{minutes} min gap after").format(minutes=scheduled.gap_after))
        elif scheduled.pinned and scheduled.gap_after < 0:
            texts.append(self.tr("overlaps the next item by {minutes} min").format(minutes=-scheduled.gap_after))
        return texts

    def _edit_value(self, item: ItemView, column: int) -> Any:
        if column == START:
            return "" if item.pinned_start is None else format_clock(item.pinned_start)
        if column == MINUTES:
            return item.minutes
        if column == KIND:
            return item.kind
        if column == TITLE:
            return item.title
        if column == PRESENTER:
            return item.presenter
        return None

    def _tooltip(self, item: ItemView, scheduled: ScheduledItem, column: int) -> str | None:
        if column == START:
            if scheduled.pinned:
                return self.tr("Pinned to {time}. Clear the field to let it follow the item above.").format(
                    time=format_clock(scheduled.start))
            return self.tr("Type a time to pin the item to it (e.g. lunch at 12.00).")
        if column == MINUTES and item.phases:
            return self.tr("The sum of the item's phases")
        if column == NOTICE:
            return "\n".join(self.notices(scheduled)) or None
        if column == DAY:
            return self.day_text(item.day)
        return None

    def _warnings(self, row: int) -> tuple[ScheduleWarning, ...]:
        return self._agenda.schedule.warnings_for(row) if self._agenda else ()

    def warning_text(self, warning: ScheduleWarning) -> str:
        """A warning in words, for the table and the warnings line."""
        texts = {
            WarningKind.OVERLAP: self.tr("overlaps the item before by {minutes} min"),
            WarningKind.BEFORE_START: self.tr("starts {minutes} min before the day starts"),
            WarningKind.GAP: self.tr("{minutes} min gap before"),
            WarningKind.PAST_MIDNIGHT: self.tr("runs past midnight"),
            WarningKind.ZERO_MINUTES: self.tr("has no duration"),
            WarningKind.PAST_DAY_END: self.tr("the programme ends {minutes} min after the planned end of the day"),
        }
        return texts[warning.kind].format(minutes=warning.minutes)

    # Editing --------------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        item = self.item(index.row())
        if index.column() in (START, KIND, TITLE, PRESENTER) or (index.column() == MINUTES and not item.phases):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item = self.item(index.row())
        column = index.column()
        if column == START:
            readable, clock, message = read_pin(value)
            if not readable:
                self.input_rejected.emit(message)
                return False
            self._editor.set_pin(item, clock)
        elif column == MINUTES:
            minutes, message = read_minutes(value)
            if minutes is None:
                self.input_rejected.emit(message)
                return False
            self._editor.set_minutes(item, minutes)
        elif column == KIND:
            self._editor.set_kind(item, ItemKind(value))
        elif column == TITLE:
            self._editor.set_text(item, "title", str(value))
        elif column == PRESENTER:
            self._editor.set_text(item, "presenter", str(value))
        else:
            return False
        return True

    # Drag and drop --------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            data.setData(MIME_TYPE, QByteArray(str(self.item(rows[0]).id).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        source = self.row_of(int(bytes(data.data(MIME_TYPE).data()).decode() or -1))
        if source is None:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else self.rowCount())
        position = target - 1 if source < target else target
        item = self.item(source)
        # Moving resets the model; doing it inside the view's drop handling would pull the rows
        # from under it, so the move runs on the next turn of the event loop.
        QTimer.singleShot(0, self, lambda: self._editor.move(item, position))
        return False  # the view must not remove the source row itself

    def _on_changed(self, changes: Changes) -> None:
        if (changes.agenda or changes.workshops) and changes.in_workshop(self._editor.workshop_id):
            self.reload()
