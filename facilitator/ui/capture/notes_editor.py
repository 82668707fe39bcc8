"""The minute-taker's text editor: paragraphs, bold, lists and speaker blocks from the keyboard.

Ctrl+B bold; Ctrl+Shift+L bullets; Ctrl+Shift+O numbers; Tab / Shift+Tab a list level in or out
(elsewhere Tab moves on, as everywhere on the capture screen); "- " or "1. " at the start of a
line starts a list; Enter on an empty entry ends the list; Ctrl+Shift+S names the next speaker
(picked from the participants). Pasted text from Word, a browser or another program keeps its
paragraphs, lists and bold and nothing else.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QTextBlockFormat, QTextCursor, QTextList
from PySide6.QtWidgets import QTextEdit, QWidget

from facilitator.domain.notes import MAX_LEVEL, Notes, Paragraph, Speaker
from facilitator.domain.notes_paste import notes_from_html, notes_from_plain_text
from facilitator.ui.capture.notes_document import SPEAKER as SPEAKER_PROPERTY
from facilitator.ui.capture.notes_document import (
    bold_format,
    insert_notes,
    is_numbered,
    list_format,
    list_level,
    plain_format,
    speaker_block_format,
    speaker_of,
)

NOTES_MIME = "application/x-facilitator-notes"
_AUTO_LIST = re.compile(r"^(?:(?P<bullet>[-*•])|(?P<number>1)[.)])$")

BOLD = QKeySequence("Ctrl+B")
BULLETS = QKeySequence("Ctrl+Shift+L")
NUMBERS = QKeySequence("Ctrl+Shift+O")
SPEAKER_KEY = QKeySequence("Ctrl+Shift+S")
_OWN_KEYS = (BOLD, BULLETS, NUMBERS, SPEAKER_KEY)


def _matches(event: QKeyEvent, sequence: QKeySequence) -> bool:
    return QKeySequence(event.keyCombination()) == sequence


class NotesEditor(QTextEdit):
    """A rich-text editor restricted to what the minutes hold.

    Signals:
        speaker_requested(): the user asked to name a speaker (Ctrl+Shift+S).
    """

    speaker_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesEditor")
        self.setAcceptRichText(True)  # pastes go through insertFromMimeData, never as raw HTML
        self.setTabChangesFocus(False)
        self.document().setDocumentMargin(8)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 11.0))
        self.setFont(font)

    # --- keys ------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Claim our chords before window-wide shortcuts can take them while the user types here.
        if event.type() == QEvent.Type.ShortcutOverride and any(_matches(event, k) for k in _OWN_KEYS):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _matches(event, BOLD):
            self.toggle_bold()
        elif _matches(event, BULLETS):
            self.toggle_list(numbered=False)
        elif _matches(event, NUMBERS):
            self.toggle_list(numbered=True)
        elif _matches(event, SPEAKER_KEY):
            self.speaker_requested.emit()
        elif event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            self._tab(backwards=event.key() == Qt.Key.Key_Backtab)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self._enter(event)
        elif event.key() == Qt.Key.Key_Backspace and not event.modifiers() and self._backspace():
            pass
        else:
            super().keyPressEvent(event)
            if event.text() == " ":
                self._auto_list()

    def _tab(self, *, backwards: bool) -> None:
        if self.textCursor().block().textList() is None:
            # QTextEdit's own override refuses to move on while the text is editable.
            QWidget.focusNextPrevChild(self, not backwards)
            return
        self.change_level(-1 if backwards else 1)

    def _enter(self, event: QKeyEvent) -> None:
        cursor = self.textCursor()
        block = cursor.block()
        text_list = block.textList()
        if text_list is not None and not block.text().strip():
            self._leave_list(cursor)  # Enter on an empty entry ends the list, as in Word
            return
        if speaker_of(block) is not None:
            cursor.insertBlock(QTextBlockFormat(), plain_format())  # the speaker's words follow
            self.setTextCursor(cursor)
            return
        super().keyPressEvent(event)

    def _backspace(self) -> bool:
        """At the start of a list entry, Backspace moves it out a level (then out of the list)."""
        cursor = self.textCursor()
        if cursor.hasSelection() or cursor.positionInBlock() != 0:
            return False
        text_list = cursor.block().textList()
        if text_list is None:
            return False
        if list_level(text_list) > 0:
            self.change_level(-1)
        else:
            self._leave_list(cursor)
        return True

    def _auto_list(self) -> None:
        """"- " or "1. " typed at the start of a plain line makes it a list entry."""
        cursor = self.textCursor()
        block = cursor.block()
        if block.textList() is not None or speaker_of(block) is not None:
            return
        typed = block.text()[: cursor.positionInBlock()]
        match = _AUTO_LIST.match(typed.rstrip(" "))
        if match is None or not typed.endswith(" ") or len(typed) > 3:
            return
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, len(typed))
        cursor.removeSelectedText()
        self._put_in_list(cursor, numbered=match.group("number") is not None, level=0)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    # --- commands --------------------------------------------------------------------------

    def toggle_bold(self) -> None:
        cursor = self.textCursor()
        bold = self.fontWeight() < QFont.Weight.DemiBold
        fmt = bold_format() if bold else plain_format()
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)
        self.mergeCurrentCharFormat(fmt)

    def toggle_list(self, *, numbered: bool) -> None:
        """The selected lines become a list of this kind, or stop being one if they are."""
        cursor = self.textCursor()
        current = cursor.block().textList()
        cursor.beginEditBlock()
        blocks = self._selected_blocks(cursor)
        if current is not None and is_numbered(current) == numbered:
            for block in blocks:
                self._leave_list(QTextCursor(block))
        else:
            level = list_level(current) if current is not None else 0
            for block in blocks:
                self._put_in_list(QTextCursor(block), numbered=numbered, level=level)
        cursor.endEditBlock()

    def change_level(self, delta: int) -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        for block in self._selected_blocks(cursor):
            text_list = block.textList()
            if text_list is None:
                continue
            level = max(0, min(list_level(text_list) + delta, MAX_LEVEL))
            self._put_in_list(QTextCursor(block), numbered=is_numbered(text_list), level=level)
        cursor.endEditBlock()

    def insert_speaker(self, speaker: Speaker) -> None:
        """A speaker block here (replacing an empty line), then a fresh line for their words."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        block = cursor.block()
        if block.text().strip() or block.textList() is not None:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertBlock(speaker_block_format(speaker), bold_format())
        else:
            cursor.setBlockFormat(speaker_block_format(speaker))
        cursor.insertText(speaker.label, bold_format())
        cursor.insertBlock(QTextBlockFormat(), plain_format())
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.setCurrentCharFormat(plain_format())

    # --- list helpers ----------------------------------------------------------------------

    @staticmethod
    def _selected_blocks(cursor: QTextCursor) -> list:  # noqa: ANN205 (QTextBlock)
        document = cursor.document()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        blocks = [first]
        while blocks[-1] != last and blocks[-1].next().isValid():
            blocks.append(blocks[-1].next())
        return blocks

    @staticmethod
    def _leave_list(cursor: QTextCursor) -> None:
        block = cursor.block()
        text_list = block.textList()
        if text_list is not None:
            text_list.remove(block)
        fmt = QTextBlockFormat(block.blockFormat())
        fmt.setIndent(0)
        fmt.setObjectIndex(-1)
        cursor.setBlockFormat(fmt)

    def _put_in_list(self, cursor: QTextCursor, *, numbered: bool, level: int) -> None:
        """Put the cursor's block into the neighbouring list of this kind and level, or a new one."""
        block = cursor.block()
        old = block.textList()
        if old is not None:
            old.remove(block)
        fmt = QTextBlockFormat(block.blockFormat())
        fmt.clearProperty(SPEAKER_PROPERTY)  # a speaker line made a list entry is an entry
        cursor.setBlockFormat(fmt)
        target = self._neighbour_list(block, numbered, level)
        if target is not None:
            target.add(block)
        else:
            cursor.createList(list_format(numbered, level))

    @staticmethod
    def _neighbour_list(block, numbered: bool, level: int) -> QTextList | None:  # noqa: ANN001
        """The list of this kind and level the entries just above belong to (deeper ones skipped)."""
        previous = block.previous()
        while previous.isValid():
            text_list = previous.textList()
            if text_list is None:
                return None
            if list_level(text_list) == level:
                return text_list if is_numbered(text_list) == numbered else None
            if list_level(text_list) < level:
                return None
            previous = previous.previous()
        return None

    # --- clipboard -------------------------------------------------------------------------

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasHtml() or source.hasFormat(NOTES_MIME)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste: HTML and text are turned into notes first; nothing else gets in."""
        if source.hasFormat(NOTES_MIME):
            notes = Notes.from_json(bytes(source.data(NOTES_MIME).data()).decode("utf-8", "replace"))
        elif source.hasHtml():
            notes = notes_from_html(source.html())
        else:
            notes = notes_from_plain_text(source.text())
        if notes.is_empty():
            return
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        only = notes.blocks[0] if len(notes.blocks) == 1 else None
        if isinstance(only, Paragraph):
            for span in only.spans:  # one paragraph: it joins the line being typed
                cursor.insertText(span.text.replace("\n", "\u2028"), bold_format() if span.bold else plain_format())
        else:
            if cursor.block().text():
                cursor.insertBlock(QTextBlockFormat(), plain_format())
            insert_notes(cursor, notes)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
