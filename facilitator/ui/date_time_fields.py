"""Fields for a date or a clock time, typed as in any Danish form, read when typing is done.

Qt's QDateEdit and QTimeEdit edit one section at a time: "730" or "23/1 2027" cannot be typed
into them, and they report every keystroke as a new value. These fields are line edits read by
:mod:`facilitator.domain.typed_times` on Enter or when focus leaves; what cannot be read stays in
the field, marked, with a message saying what to write. Up/Down step the value, Esc goes back to
the stored one; the date field's calendar (Alt+Down or F4) speaks the interface language through
the default QLocale that start-up sets (:func:`facilitator.i18n.apply_language`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QFrame, QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from facilitator.domain.schedule import MINUTES_PER_DAY, format_clock
from facilitator.domain.typed_times import format_date, parse_clock, parse_date

_INVALID_STYLE = "QLineEdit { border: 2px solid #c62828; }"
translate = QCoreApplication.translate


@dataclass(frozen=True)
class _Reading:
    """How one kind of field reads, shows and steps its value, and what it says when it cannot read."""

    read: Callable[[str], Any]
    show: Callable[[Any], str]
    step: Callable[[Any, int], Any]
    problem: Callable[[str], str]
    example: str


class TypedLine(QLineEdit):
    """A line edit holding one value, read from the text when typing is done.

    Signals:
        edited(object): typing finished on a readable value that differs from the stored one.
        rejected(str): the text could not be read; the message says what to write. It stays.
    """

    edited = Signal(object)
    rejected = Signal(str)

    def __init__(self, reading: _Reading, default: Callable[[], Any], parent: QWidget | None = None,
                 *, optional: bool = False) -> None:
        super().__init__(parent)
        self._reading = reading
        self._default = default  # what Up/Down start from when nothing is stored
        self._optional = optional  # an emptied field stores None instead of going back
        self._value: Any = None
        self.setPlaceholderText(reading.example)
        self.setMaxLength(40)
        self.editingFinished.connect(self.finish)

    def value(self) -> Any:
        """The stored value (as last set, or as last typed and read)."""
        return self._value

    def set_value(self, value: Any) -> None:
        """Show a stored value without emitting ``edited``; text being typed here is left alone."""
        self._value = value
        if self.hasFocus() and self.isModified():
            return
        self._show(value)

    def finish(self) -> None:
        """Read what was typed (Enter, or focus leaving): store it, or say why not."""
        text = self.text().strip()
        if not text:
            if self._optional:
                self.accept(None)
            else:
                self._show(self._value)
            return
        value = self._reading.read(text)
        if value is None:
            self._mark(self._reading.problem(text))
            return
        self.accept(value)

    def accept(self, value: Any) -> None:
        self._show(value)
        if value != self._value:
            self._value = value
            self.edited.emit(value)

    def _show(self, value: Any) -> None:
        self.setText("" if value is None else self._reading.show(value))
        self.setModified(False)
        self._mark(None)

    def _mark(self, message: str | None) -> None:
        self.setStyleSheet(_INVALID_STYLE if message else "")
        self.setToolTip(message or "")
        if message:
            self.rejected.emit(message)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, plain = event.key(), event.modifiers() == Qt.KeyboardModifier.NoModifier
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and plain:
            typed = self._reading.read(self.text().strip())
            base = typed if typed is not None else self._value if self._value is not None else self._default()
            self.setText(self._reading.show(self._reading.step(base, 1 if key == Qt.Key.Key_Up else -1)))
            self.setModified(True)
            return
        if key == Qt.Key.Key_Escape and plain and self.isModified():
            self._show(self._value)
            return
        super().keyPressEvent(event)


def _step_clock(minutes: int, step: int, direction: int) -> int:
    """The next multiple of ``step`` up or down (7.32 → 7.35 / 7.30)."""
    moved = (minutes // step + 1) * step if direction > 0 else ((minutes - 1) // step) * step
    return moved % MINUTES_PER_DAY


def _clock_reading(step: int) -> _Reading:
    return _Reading(
        read=parse_clock,
        show=format_clock,
        step=lambda minutes, direction: _step_clock(minutes, step, direction),
        problem=lambda text: translate("DateTimeFields", "“{text}” is not a clock time; write e.g. 7.30, "
                                       "07:30 or 730").format(text=text),
        example="07.30",
    )


class ClockField(TypedLine):
    """A clock time (minutes after midnight): ``7.30``, ``07:30``, ``730``, ``kl. 7``; shows ``07.30``.

    Up/Down move it to the next multiple of ``step`` minutes. An ``optional`` field may be
    emptied: its value is then ``None``.
    """

    def __init__(self, parent: QWidget | None = None, *, step: int = 5, optional: bool = False) -> None:
        super().__init__(_clock_reading(step), lambda: 9 * 60, parent, optional=optional)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00.00") * 2 + 16)
        if not optional:
            self.set_value(0)


class _CalendarPopup(QFrame):
    """The date field's calendar in a popup frame; Enter or a click picks, Esc closes.

    Signals:
        picked(QDate): the user chose a day.
    """

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(objectName="calendar")
        self.calendar.setGridVisible(True)
        self.calendar.activated.connect(self.picked)
        self.calendar.clicked.connect(self.picked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)

    def open_below(self, anchor: QWidget, day: dt.date) -> None:
        locale = anchor.locale()  # the interface language's month and day names and week
        self.calendar.setLocale(locale)
        self.calendar.setFirstDayOfWeek(locale.firstDayOfWeek())
        self.calendar.setSelectedDate(QDate(day))
        self.move(anchor.mapToGlobal(QPoint(0, anchor.height())))
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)


class DateField(QWidget):
    """A date: ``23.01.2027``, ``23/1 2027``, ``23.1.27``, ``23. januar 2027``; shows ``23.01.2027``.

    Up/Down move it by a day; Alt+Down, F4 or the button opens the calendar. ``today`` gives the
    year of a date typed without one (injected in tests).

    Signals:
        edited(object): a ``datetime.date`` typed or picked that differs from the stored one.
        rejected(str): the typed text could not be read; the message says what to write.
    """

    edited = Signal(object)
    rejected = Signal(str)

    def __init__(self, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self._today = today
        reading = _Reading(
            read=lambda text: parse_date(text, today()),
            show=format_date,
            step=lambda day, direction: day + dt.timedelta(days=direction),
            problem=lambda text: translate("DateTimeFields", "“{text}” is not a date; write e.g. 23.01.2027 "
                                           "or 23/1 2027").format(text=text),
            example="23.01.2027",
        )
        self.line = _DateLine(self, reading, today)
        self.line.edited.connect(self.edited)
        self.line.rejected.connect(self.rejected)
        self.line.setFixedWidth(self.fontMetrics().horizontalAdvance("00.00.00000") * 2)
        self.button = QToolButton(text="…", toolTip=self.tr("Calendar (Alt+Down)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        self.popup = _CalendarPopup(self)
        self.popup.picked.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.line)

    def value(self) -> dt.date | None:
        return self.line.value()  # type: ignore[no-any-return]

    def set_value(self, day: dt.date | None) -> None:
        """Show a stored date; does not emit ``edited``."""
        self.line.set_value(day)

    def open_calendar(self) -> None:
        typed = parse_date(self.line.text(), self._today())
        self.popup.open_below(self.line, typed or self.value() or self._today())

    def _picked(self, day: QDate) -> None:
        self.popup.hide()
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)
        self.line.accept(day.toPython())


class _DateLine(TypedLine):
    """The date field's line edit: Alt+Down or F4 opens the calendar; leaving for it is not done."""

    def __init__(self, owner: DateField, reading: _Reading, today: Callable[[], dt.date]) -> None:
        super().__init__(reading, today, owner)
        self._owner = owner

    def finish(self) -> None:
        if not self._owner.popup.isVisible():  # focus went to the calendar: typing is not done
            super().finish()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.AltModifier
        if alt_down or event.key() == Qt.Key.Key_F4:
            self._owner.open_calendar()
            return
        super().keyPressEvent(event)
