"""The day's items in the console: planned, replanned and actual times, what each timer is doing."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from facilitator.domain.countdown import TimerStatus, format_countdown
from facilitator.services.run_state import RunState
from facilitator.ui.run.slide import clock_text

CURRENT_BACKGROUND = QColor("#fff1c9")
OTHER_DAY = QColor("#8a8a8a")  # the rows of the other days of a longer programme
Index = QModelIndex | QPersistentModelIndex


class RunAgendaModel(QAbstractTableModel):
    """Adapts a :class:`RunState` (re-read after every change) to the console's table."""

    PLANNED, REPLANNED, TITLE, ACTUAL, STATUS = range(5)

    def __init__(self) -> None:
        super().__init__()
        self._state: RunState | None = None
        self._current: int | None = None
        self._day = 0  # the number of the day being run
        self._now: datetime | None = None

    def set_state(self, state: RunState | None, now: datetime) -> None:
        self.beginResetModel()
        self._state = state
        self._current = state.current_index() if state is not None else None
        self._day = state.day.number if state is not None else 0
        self._now = now
        self.endResetModel()

    def tick(self, now: datetime) -> None:
        """Refresh the current item's status cell once its shown time changed (once a second)."""
        previous, self._now = self._now, now
        row = self._current
        if row is None or (previous is not None and int(previous.timestamp()) == int(now.timestamp())):
            return
        cell = self.index(row, self.STATUS)
        self.dataChanged.emit(cell, cell)

    def current_row(self) -> int | None:
        return self._current

    def item_id(self, row: int) -> int | None:
        if self._state is None or not 0 <= row < len(self._state.items):
            return None
        return self._state.items[row].item.id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self._state is None else len(self._state.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Planned"), self.tr("Replanned"), self.tr("Item"), self.tr("Actual"),
                    self.tr("Status"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._state is None or not index.isValid():
            return None
        row = index.row()
        current = row == self._current
        if role == Qt.ItemDataRole.BackgroundRole and current:
            return CURRENT_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            if current:
                return QColor("#1b1b1b")
            return OTHER_DAY if self._state.items[row].item.day != self._day else None
        if role == Qt.ItemDataRole.FontRole and current:
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self._state.items[row]
        if index.column() == self.PLANNED:
            return f"{clock_text(item.planned_slot.start)}–{clock_text(item.planned_slot.end)}"
        if index.column() == self.REPLANNED:  # only where the new plan differs from the plan
            moved = (item.slot.start, item.slot.end) != (item.planned_slot.start, item.planned_slot.end)
            return f"{clock_text(item.slot.start)}–{clock_text(item.slot.end)}" if moved else ""
        if index.column() == self.TITLE:
            return item.item.title
        view = item.timer.view(self._now)
        if index.column() == self.ACTUAL:
            start = clock_text(self._state.minutes_of_day(view.started_at)) if view.started_at else ""
            end = clock_text(self._state.minutes_of_day(view.ended_at)) if view.ended_at else ""
            return f"{start}–{end}" if start else ""
        return self._status_text(view.status, view.remaining_s, view.skipped)

    def _status_text(self, status: TimerStatus, remaining: float, skipped: bool) -> str:
        if status is TimerStatus.ENDED:
            return self.tr("skipped") if skipped else self.tr("done")
        if status is TimerStatus.IDLE:
            return ""
        if status is TimerStatus.PAUSED:
            return self.tr("paused {time}").format(time=format_countdown(remaining))
        return format_countdown(remaining)
