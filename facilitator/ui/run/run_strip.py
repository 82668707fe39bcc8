"""A slim timer strip for the capture screen: the running item, its time left, its state.

The facilitator who captures contributions sees the clock without leaving the entry line, and
runs the day with the console's "anywhere" keys (Ctrl+Space, Ctrl+Shift+N, Ctrl+Shift+1/5) or the
strip's buttons, which never take the focus. The console feeds it on its repaint tick.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from facilitator.domain.countdown import TimerStatus, Tone, format_countdown
from facilitator.services.run_state import RunState
from facilitator.ui.run.shortcuts import key_names

TONE_COLOURS = {Tone.NORMAL: "palette(text)", Tone.WARNING: "#a86500", Tone.OVERTIME: "#b3261e"}
BADGE_COLOURS = {  # the state's badge: background, text
    TimerStatus.IDLE: ("#e3e6eb", "#333"),
    TimerStatus.RUNNING: ("#2e7d32", "white"),
    TimerStatus.PAUSED: ("#f6b94a", "#222"),
    TimerStatus.OVERTIME: ("#b3261e", "white"),
    TimerStatus.ENDED: ("#e3e6eb", "#333"),
}
BUTTONS = ("toggle", "next", "plus1", "plus5")


@dataclass(frozen=True)
class StripStatus:
    """What the strip says: the item (and phase), its time left, its state in words, the tone."""

    title: str
    countdown: str
    state: str
    tone: Tone = Tone.NORMAL
    status: TimerStatus = TimerStatus.IDLE


class _ElidedLabel(QLabel):
    """A label that shortens its text with "…" instead of pushing the strip wider."""

    def __init__(self) -> None:
        super().__init__()
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        if text != self._full:
            self._full = text
            self.setToolTip(text)
            self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = QFontMetrics(self.font()).elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, self.width()))
        if shown != self.text():
            self.setText(shown)


class RunStrip(QFrame):
    """One line: state, item (and phase), time left, and buttons for the anywhere commands.

    Args:
        actions: the console's anywhere actions by command key; the buttons trigger them.
    """

    def __init__(self, actions: Mapping[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runStrip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.status_label = QLabel()
        self.status_label.setObjectName("runStripState")
        self.title_label = _ElidedLabel()
        self.countdown_label = QLabel()
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.countdown_label.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 4, 2)
        layout.addWidget(self.status_label)
        layout.addWidget(self.title_label, 1)
        layout.addWidget(self.countdown_label)
        labels = {"toggle": self.tr("Start"), "next": self.tr("Next ▶"), "plus1": "+1", "plus5": "+5"}
        self.buttons: dict[str, QToolButton] = {}
        keys = []
        for key in BUTTONS:
            action = actions.get(key)
            if action is None:
                continue
            button = QToolButton()
            button.setText(labels[key])
            button.setToolTip(f"{action.text()} ({key_names(action)})")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the entry line keeps the keyboard
            button.setAutoRaise(True)
            button.clicked.connect(action.trigger)
            layout.addWidget(button)
            self.buttons[key] = button
            keys.append(key_names(action).split(" / ")[0])
        self.keys_label = QLabel(" · ".join(keys))  # learnt by looking, like the console's buttons
        self.keys_label.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.keys_label)
        self.status = StripStatus("", "", "")

    def show_run(self, state: RunState | None, now: datetime) -> None:
        """Paint the run at ``now``; cheap when nothing visible changed (called on every tick)."""
        status = self.status_at(state, now)
        if status == self.status:
            return
        self.status = status
        self.status_label.setText(status.state)
        background, text = BADGE_COLOURS[status.status]
        self.status_label.setStyleSheet(
            f"background: {background}; color: {text}; border-radius: 3px; padding: 1px 6px;"
        )
        self.title_label.set_full_text(status.title)
        self.countdown_label.setText(status.countdown)
        self.countdown_label.setStyleSheet(f"color: {TONE_COLOURS[status.tone]};")
        toggle = self.buttons.get("toggle")
        if toggle is not None:
            toggle.setText({TimerStatus.IDLE: self.tr("Start"), TimerStatus.PAUSED: self.tr("Resume"),
                            TimerStatus.ENDED: self.tr("Start")}.get(status.status, self.tr("Pause")))

    def status_at(self, state: RunState | None, now: datetime) -> StripStatus:
        """The strip's texts for ``state`` at ``now``."""
        if state is None:
            return StripStatus("", "", "")
        item = state.current()
        if item is None:
            return StripStatus("", "", self.tr("Nothing planned") if not state.items else self.tr("Programme done"))
        view = item.timer.view(now)
        words = {
            TimerStatus.IDLE: self.tr("Next up"),
            TimerStatus.RUNNING: self.tr("Running"),
            TimerStatus.PAUSED: self.tr("Paused"),
            TimerStatus.OVERTIME: self.tr("Over time"),
            TimerStatus.ENDED: self.tr("Ended"),
        }
        phase = f" — {view.phase_label}" if view.phase_count > 1 and view.phase_label else ""
        tone = Tone.NORMAL if view.status is TimerStatus.IDLE else view.tone
        return StripStatus(item.item.title + phase, format_countdown(view.remaining_s), words[view.status], tone,
                           view.status)
