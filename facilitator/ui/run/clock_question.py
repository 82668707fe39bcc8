"""The console's question after the computer's clock jumped: which time is right?

The run keeps its own time (facilitator.domain.clock.RunClock), so nothing on the projector moves
when the clock changes; but only the facilitator knows whether the clock was wrong before (NTP
correcting a laptop set an hour off) or is wrong now (set by hand by mistake). The question stays
in sight, without taking the keyboard from the console, until it is answered.

Signals:
    keep_run_time(): the time before the jump is right.
    follow_computer_clock(): the computer's clock is right now.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from facilitator.domain.clock import ClockJump


class ClockQuestion(QFrame):
    keep_run_time = Signal()
    follow_computer_clock = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clockQuestion")
        self.setStyleSheet("#clockQuestion { background: #fff4d6; border: 1px solid #d9a400; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.keep_button = QPushButton()
        self.follow_button = QPushButton()
        for button in (self.keep_button, self.follow_button):  # answered by Alt+letter or a click
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the console's keys stay the console's
        self.keep_button.clicked.connect(self._keep)
        self.follow_button.clicked.connect(self._follow)
        # Alt+letter while the question is shown (a shortcut of a hidden widget never fires); the
        # letter is the translation's "&" letter, so each language picks one its menus do not use.
        self._keep_key = QShortcut(self)
        self._keep_key.activated.connect(self._keep)
        self._follow_key = QShortcut(self)
        self._follow_key.activated.connect(self._follow)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.keep_button)
        layout.addWidget(self.follow_button)
        self.jump: ClockJump | None = None
        self.hide()

    def ask(self, jump: ClockJump, clock_text: str, kept_text: str, wall_text: str) -> None:
        """Show the question for ``jump`` (texts are the clock times as the console writes them)."""
        self.jump = jump
        minutes = round(abs(jump.seconds) / 60)
        if jump.seconds > 0:
            question = self.tr("The computer's clock jumped {minutes} min forward at {time}. "
                               "The countdown kept the time. Which time is right?")
        else:
            question = self.tr("The computer's clock jumped {minutes} min back at {time}. "
                               "The countdown kept the time. Which time is right?")
        self.label.setText(question.format(minutes=minutes, time=clock_text))
        self.show_times(kept_text, wall_text)
        self.show()

    def show_times(self, kept_text: str, wall_text: str) -> None:
        """The two answers with the times they mean now (refreshed while the question stands)."""
        _label_with_key(self.keep_button, self._keep_key,
                        self.tr("The countdown's &time ({time})").format(time=kept_text))
        _label_with_key(self.follow_button, self._follow_key,
                        self.tr("The &computer's clock ({time})").format(time=wall_text))

    def _keep(self) -> None:
        self._answered()
        self.keep_run_time.emit()

    def _follow(self) -> None:
        self._answered()
        self.follow_computer_clock.emit()

    def _answered(self) -> None:
        self.jump = None
        self.hide()



def _label_with_key(button: QPushButton, shortcut: QShortcut, text: str) -> None:
    """``text``'s "&" letter becomes ``shortcut``'s Alt key, shown in brackets as on the console's
    buttons (not as the button's own mnemonic, which would make the key ambiguous)."""
    key = QKeySequence.mnemonic(text)
    shortcut.setKey(key)
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    shown = key.toString(QKeySequence.SequenceFormat.NativeText)
    button.setText(f"{plain}   [{shown}]" if shown else plain)
