"""The page the window shows while the workshop file opens: calm, honest, and not deaf to keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class OpeningPage(QWidget):
    """"Opening …" in place of the sections until they are built.

    The opening itself runs in one step right after the first paint, so what the user types or
    clicks meanwhile waits in the window system's queue and reaches the finished window. Only keys
    that arrive in the instant before that step land here; they are kept and handed on by
    :meth:`hand_on_keys` to whatever has focus once the sections are there.

    Signals:
        first_painted(): emitted once, after the page was first painted and shown on screen.
    """

    first_painted = Signal()

    def __init__(self, title: str | None) -> None:
        super().__init__()
        self.setObjectName("opening")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._painted = False
        self._kept: list[tuple[int, Qt.KeyboardModifier, str]] = []
        self.label = QLabel(self._text(title))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: palette(placeholder-text); font-size: 14pt;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)

    @staticmethod
    def _text(title: str | None) -> str:
        if title:
            return QCoreApplication.translate("OpeningPage", "Opening “{title}”…").format(title=title)
        return QCoreApplication.translate("OpeningPage", "Opening the workshop file…")

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Queued: the signal fires once this paint has been flushed to the screen.
            QTimer.singleShot(0, self.first_painted.emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._kept.append((event.key(), event.modifiers(), event.text()))
        event.accept()

    def hand_on_keys(self, target: QWidget) -> None:
        """Deliver the keys typed here to ``target`` (press and release, in order)."""
        kept, self._kept = self._kept, []
        for key, modifiers, text in kept:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, text))
