"""The console's keyboard commands and the help overlay that lists them.

Every live command is a ``QAction`` with its shortcuts, so the buttons, the projector window and the
help overlay all read from one table and cannot disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Command:
    """One live command: a key for the code, its label, its keys and what it does."""

    key: str
    text: str
    keys: tuple[str, ...]
    run: Callable[[], None]
    button: str = ""  # short label when the command also has a button


def make_actions(owner: QWidget, commands: Sequence[Command]) -> dict[str, QAction]:
    """Actions for ``commands``, active while focus is anywhere inside ``owner``."""
    actions = {}
    for command in commands:
        action = QAction(command.text, owner)
        action.setShortcuts([QKeySequence(k) for k in command.keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setAutoRepeat(False)  # a held key must not fire ten times in front of the room
        action.triggered.connect(command.run)
        owner.addAction(action)
        actions[command.key] = action
    return actions


def key_names(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return " / ".join(sequence.toString(native) for sequence in action.shortcuts())


class HelpOverlay(QWidget):
    """A dark sheet over the console listing every command and its keys; any click closes it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setObjectName("helpOverlay")
        self.setStyleSheet(
            "#helpOverlay { background: rgba(20, 24, 31, 250); }"
            "QLabel { color: #f3f0e8; font-size: 15px; }"
        )
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.hide()

    def set_actions(self, actions: Sequence[QAction]) -> None:
        rows = "".join(
            f"<tr><td style='padding:4px 24px 4px 0'><b>{escape(key_names(a))}</b></td>"
            f"<td style='padding:4px 0'>{escape(a.text().replace('&', ''))}</td></tr>"
            for a in actions
            if a.shortcuts()
        )
        heading = escape(self.tr("Keyboard shortcuts"))
        hint = escape(self.tr("Click or press Esc to close."))
        self.label.setText(
            f"<h2 align='center'>{heading}</h2><table align='center'>{rows}</table>"
            f"<p align='center'>{hint}</p>"
        )

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
            return
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        self.hide()
        event.accept()
