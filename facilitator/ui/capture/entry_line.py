"""The line where contributions are typed, and the bar that confirms a paste of many lines."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from facilitator.domain.paste import PastedLine, split_pasted
from facilitator.ui.long_field import long_field_warning
from facilitator.ui.undo_commands import is_redo_key

_ANSWERS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)
LONG_PASTE = 2000  # characters; longer pastes are confirmed and stored directly, never truncated


class PasteBar(QWidget):
    """An inline question (no dialog in the way): store the pasted lines? Enter yes, Esc no.

    Signals:
        accepted(list): the lines to store.
    """

    accepted = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[PastedLine] = []
        self._label = QLabel()
        self._label.setWordWrap(True)
        self._label.setObjectName("pasteQuestion")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self._label)
        self.setStyleSheet("background: #fff3c4; color: #333;")
        self.hide()

    def ask(self, lines: list[PastedLine]) -> None:
        self._lines = lines
        longest = max(lines, key=lambda line: len(line.text)).text
        warning = long_field_warning(longest)
        if len(lines) == 1:
            self._label.setText(
                self.tr("Add the pasted text (%n character(s)) as one line? Enter: yes, Esc: no", "",
                        len(lines[0].text))
            )
        else:
            self._label.setText(
                self.tr("Add the {count} pasted lines as {count} contributions? Enter: yes, Esc: no").format(
                    count=len(lines)
                )
            )
        if warning is not None:
            self._label.setText(f"{self._label.text()}\n{warning}")
        self.show()

    def pending(self) -> bool:
        return self.isVisible()

    def answer(self, yes: bool) -> None:
        lines, self._lines = self._lines, []
        self.hide()
        if yes and lines:
            self.accepted.emit(lines)


class EntryLine(QLineEdit):
    """Type and press Enter; Tab and Shift+Tab leave for the next and previous list.

    A half-typed line is never lost: it is committed when the field loses focus (except to a
    popup menu), when the user tabs away, and when the screen switches item.

    Signals:
        submitted(str): Enter, or leaving the field with text in it.
        leave(int): Tab (+1) or Shift+Tab (-1) after committing.
        paste_requested(list, str): a paste of many lines or a very long one, to confirm first.
        undo_requested(): Ctrl+Z with nothing left to undo in the field itself.
        key_for_list(QKeyEvent): a list shortcut (mark decision/question, Up into the list).
    """

    submitted = Signal(str)
    leave = Signal(int)
    paste_requested = Signal(list, str)
    undo_requested = Signal()
    key_for_list = Signal(QKeyEvent)

    LIST_KEYS = (Qt.Key.Key_D, Qt.Key.Key_T)

    def __init__(self, paste_bar: PasteBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paste_bar = paste_bar
        self._kept = False
        self.paste_requested.connect(lambda lines, _text: paste_bar.ask(lines))

    def commit(self) -> None:
        """Store whatever is typed (blank text is not stored) and clear the field.

        A handler of ``submitted`` that could not store the line (full disk, a server that cannot
        be reached) calls :meth:`keep`: the text then stays for another Enter, never lost.
        """
        text = self.text()
        self._kept = False
        if text.strip():
            self.submitted.emit(text)
        if self._kept:
            return
        # setText, not clear(): the field's own undo history goes too, so Ctrl+Z now undoes the
        # stored line instead of putting its text back into the field (to be stored twice).
        self.setText("")

    def keep(self) -> None:
        """The line just submitted was not stored: leave it in the field."""
        self._kept = True

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.commit()
                self.leave.emit(-1 if key_event.key() == Qt.Key.Key_Backtab else 1)
                return True
        if event.type() == QEvent.Type.ShortcutOverride:
            key_event = event  # type: ignore[assignment]
            # With nothing to undo or redo in the field itself, the list's undo and redo get the key.
            undo = key_event.matches(QKeySequence.StandardKey.Undo) and not self.isUndoAvailable()
            redo = is_redo_key(key_event) and not self.isRedoAvailable()
            if undo or redo:
                event.ignore()
                return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._paste_bar.pending() and event.key() in _ANSWERS:
            self._paste_bar.answer(event.key() != Qt.Key.Key_Escape)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
            return
        if event.matches(QKeySequence.StandardKey.Paste) and self._paste_needs_asking():
            return
        if event.matches(QKeySequence.StandardKey.Undo) and not self.isUndoAvailable():
            self.undo_requested.emit()
            return
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if (ctrl and event.key() in self.LIST_KEYS) or event.key() == Qt.Key.Key_Up:
            self.key_for_list.emit(event)
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The menu's Paste asks first too, like Ctrl+V, instead of flattening many lines into one."""
        menu = self.createStandardContextMenu()
        paste = next((a for a in menu.actions() if a.objectName() == "edit-paste"), None)
        if paste is not None:
            paste.triggered.disconnect()
            paste.triggered.connect(lambda: self._paste_needs_asking() or self.paste())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _paste_needs_asking(self) -> bool:
        text = QGuiApplication.clipboard().text()
        lines = split_pasted(text)
        if len(lines) > 1 or len(text) > LONG_PASTE:
            if lines:
                self.paste_requested.emit(lines, text)
            return True
        return False

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()
        super().focusOutEvent(event)
