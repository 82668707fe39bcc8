"""The offer under the programme when a pinned item starts before the item above it ends.

A pin earlier than the flow (lunch pinned at 12.15 in a day moved to start at 12.30) is an
overlap, never read as the next day; this bar says so in words and offers the two ways out:
let the item follow the one before it (unpin), or pin it to when that one ends.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from facilitator.domain.schedule import format_clock
from facilitator.services.agenda import AgendaView
from facilitator.ui.agenda.editing import AgendaEditor


def pin_conflicts(agenda: AgendaView) -> list[int]:
    """Rows of pinned items that start before the item above them ends (or the day starts)."""
    return [s.index for s in agenda.schedule.items if s.pinned and s.gap_before < 0]


class PinConflictBar(QFrame):
    """Explains one pin conflict (the selected row's, else the first) and offers to resolve it.

    Signals:
        resolved(int): the item whose pin was changed (the view puts the cursor back on it, since
            the bar, and the button that had focus, may now be gone).
    """

    resolved = Signal(int)

    def __init__(self, editor: AgendaEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._agenda: AgendaView | None = None
        self._row: int | None = None
        self.setObjectName("pin_conflict")
        self.setStyleSheet("#pin_conflict { background: #f8d0c8; border-radius: 4px; }")
        self.text = QLabel(wordWrap=True)
        self.unpin = QPushButton(self.tr("Let it &follow the item before"))
        self.move_to = QPushButton()
        self.unpin.clicked.connect(self._unpin)
        self.move_to.clicked.connect(self._move)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.unpin)
        layout.addWidget(self.move_to)
        self.hide()

    def show_for(self, agenda: AgendaView | None, selected_row: int | None) -> None:
        """Show the selected row's conflict, or the first one; hide when there is none."""
        conflicts = pin_conflicts(agenda) if agenda is not None else []
        self._agenda = agenda
        self._row = selected_row if selected_row in conflicts else (conflicts[0] if conflicts else None)
        if agenda is None or self._row is None:
            self.hide()
            return
        item, slot = agenda.items[self._row], agenda.schedule.items[self._row]
        target = self._target()
        values = {"title": item.title or self.tr("(untitled)"), "pin": format_clock(slot.start),
                  "end": format_clock(target), "minutes": -slot.gap_before}
        if self._row == 0:
            text = self.tr("“{title}” is pinned to {pin}, {minutes} min before the day starts ({end}).")
        else:
            text = self.tr("“{title}” is pinned to {pin}, but the item before it ends at {end}: "
                           "they overlap by {minutes} min.")
        self.text.setText("⚠ " + text.format(**values))
        self.move_to.setText(self.tr("Pin it &to {time}").format(time=format_clock(target)))
        self.show()

    def _target(self) -> int:
        """When the item would start if it followed: the end of the one before, or the day's start."""
        assert self._agenda is not None and self._row is not None
        if self._row == 0:
            return self._agenda.day_start
        return self._agenda.schedule.items[self._row - 1].end

    def _unpin(self) -> None:
        if self._agenda is not None and self._row is not None:
            item = self._agenda.items[self._row]
            self._editor.set_pin(item, None)
            self.resolved.emit(item.id)

    def _move(self) -> None:
        if self._agenda is not None and self._row is not None:
            item = self._agenda.items[self._row]
            self._editor.set_pin(item, self._target() % (24 * 60))
            self.resolved.emit(item.id)
