"""The console's keyboard commands and the help overlay that lists them.

Every live command is a ``QAction`` with its shortcuts, so the buttons, the main window's menu and
the help overlay all read from one table and cannot disagree.

Two kinds of keys: plain keys (Space, N, B, 1 …) work only while the console has the focus, because
anywhere else they are typing; "anywhere" keys work in every section of the main window and are
chosen so that no keyboard layout types a character with them: F-keys, and Ctrl or Ctrl+Shift
without Alt. Ctrl+Alt is AltGr on Windows, where the Danish layout types @ £ $ € { [ ] } with
AltGr+2…0, so a Ctrl+Alt shortcut would steal those characters from the capture screen.
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
    """One live command: a key for the code, its label, its keys and what it does.

    ``keys`` work while the console has the focus; ``anywhere`` keys in every section.
    """

    key: str
    text: str
    keys: tuple[str, ...]
    run: Callable[[], None]
    button: str = ""  # short label when the command also has a button
    anywhere: tuple[str, ...] = ()


@dataclass(frozen=True)
class CommandActions:
    """The actions made for a command table.

    Attributes:
        console: one action per command (its console keys, or its anywhere keys when it has
            only those); the buttons trigger these.
        anywhere: the actions whose keys work in every section, by command; the main window adds
            them to itself so they work while another section is shown.
    """

    console: dict[str, QAction]
    anywhere: dict[str, QAction]


def _action(owner: QWidget, command: Command, keys: Sequence[str], context: Qt.ShortcutContext) -> QAction:
    action = QAction(command.text, owner)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(context)
    action.setAutoRepeat(False)  # a held key must not fire ten times in front of the room
    action.triggered.connect(command.run)
    owner.addAction(action)
    return action


def make_actions(owner: QWidget, commands: Sequence[Command]) -> CommandActions:
    """Actions for ``commands``: console keys active while focus is inside ``owner``, anywhere
    keys while ``owner``'s window is active (and, once the main window adds them, in every section)."""
    console: dict[str, QAction] = {}
    anywhere: dict[str, QAction] = {}
    for command in commands:
        if command.anywhere:
            anywhere[command.key] = _action(owner, command, command.anywhere, Qt.ShortcutContext.WindowShortcut)
        if command.keys or not command.anywhere:
            console[command.key] = _action(owner, command, command.keys,
                                           Qt.ShortcutContext.WidgetWithChildrenShortcut)
        else:
            console[command.key] = anywhere[command.key]
    return CommandActions(console, anywhere)


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

    def set_actions(self, actions: CommandActions) -> None:
        """One row per command: its console keys, then the keys that work in every section."""
        anywhere = escape(self.tr("anywhere"))
        rows = []
        for key, action in actions.console.items():
            names = [escape(key_names(action))] if action is not actions.anywhere.get(key) else []
            if key in actions.anywhere:
                names.append(f"{escape(key_names(actions.anywhere[key]))} <i>({anywhere})</i>")
            names = [name for name in names if name]
            if names:
                rows.append(
                    f"<tr><td style='padding:4px 24px 4px 0'><b>{' · '.join(names)}</b></td>"
                    f"<td style='padding:4px 0'>{escape(action.text().replace('&', ''))}</td></tr>"
                )
        heading = escape(self.tr("Keyboard shortcuts"))
        hint = escape(self.tr("Click or press Esc to close."))
        self.label.setText(
            f"<h2 align='center'>{heading}</h2><table align='center'>{''.join(rows)}</table>"
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
