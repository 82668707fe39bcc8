"""Notes in a QTextDocument and back: what the notes editor shows is exactly what is stored.

A paragraph is a block, bold is the font weight, a list entry is a block in a QTextList whose
indent gives its level, and a speaker block is a bold block carrying the speaker's fields as a
block property. Whatever else Qt could hold (fonts, colours, tables, images) never gets in: pastes
are turned into :class:`Notes` first and inserted through :func:`insert_notes`.
"""

from __future__ import annotations

import json

from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
    QTextListFormat,
)

from facilitator.domain.notes import (
    MAX_LEVEL,
    Block,
    ListBlock,
    ListEntry,
    Notes,
    Paragraph,
    Span,
    Speaker,
    normalised,
)

SPEAKER = QTextFormat.Property.UserProperty + 1
"""Block property holding a speaker block's fields as JSON."""

LINE_BREAK = "\u2028"  # what Shift+Enter puts in a block; "\n" in the notes
_NUMBERED = {QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListLowerAlpha,
             QTextListFormat.Style.ListLowerRoman, QTextListFormat.Style.ListUpperAlpha,
             QTextListFormat.Style.ListUpperRoman}
NUMBERED_STYLES = (QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListLowerAlpha,
                   QTextListFormat.Style.ListLowerRoman)
BULLET_STYLES = (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
                 QTextListFormat.Style.ListSquare)


def plain_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Normal)
    return fmt


def bold_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


def list_format(numbered: bool, level: int) -> QTextListFormat:
    fmt = QTextListFormat()
    level = max(0, min(level, MAX_LEVEL))
    fmt.setIndent(level + 1)
    if numbered:
        fmt.setStyle(NUMBERED_STYLES[level])
        fmt.setNumberSuffix(")" if level == 1 else ".")
    else:
        fmt.setStyle(BULLET_STYLES[level])
    return fmt


def is_numbered(text_list: QTextList) -> bool:
    return text_list.format().style() in _NUMBERED


def list_level(text_list: QTextList) -> int:
    return max(0, min(text_list.format().indent() - 1, MAX_LEVEL))


def speaker_of(block: QTextBlock) -> Speaker | None:
    """The speaker a block stands for, if it is a speaker block."""
    value = block.blockFormat().property(SPEAKER)
    if not value:
        return None
    try:
        fields = json.loads(value)
        stored = Speaker(str(fields.get("name", "")), str(fields.get("role", "")),
                         str(fields.get("organisation", "")))
    except (ValueError, TypeError, AttributeError):
        stored = Speaker("")
    text = block.text().replace(LINE_BREAK, " ").strip()
    # Edited by hand: what the line now says is the speaker (a name, or "name, role, …").
    return stored if text == stored.label else Speaker(text)


def speaker_block_format(speaker: Speaker) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setProperty(SPEAKER, json.dumps(
        {"name": speaker.name, "role": speaker.role, "organisation": speaker.organisation}, ensure_ascii=False))
    fmt.setTopMargin(8)
    return fmt


def _spans(block: QTextBlock) -> tuple[Span, ...]:
    found: list[Span] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid():
            text = fragment.text().replace(LINE_BREAK, "\n")
            found.append(Span(text, fragment.charFormat().fontWeight() >= QFont.Weight.DemiBold))
        it += 1
    return tuple(found)


def read_notes(document: QTextDocument) -> Notes:
    """The document's notes, normalised (so an unchanged text compares equal to the stored one)."""
    blocks: list[Block] = []
    block = document.begin()
    while block.isValid():
        speaker = speaker_of(block)
        text_list = block.textList()
        if speaker is not None:
            blocks.append(speaker)
        elif text_list is not None:
            blocks.append(ListBlock(is_numbered(text_list), (ListEntry(_spans(block), list_level(text_list)),)))
        else:
            blocks.append(Paragraph(_spans(block)))
        block = block.next()
    return normalised(blocks)


def insert_notes(cursor: QTextCursor, notes: Notes) -> None:
    """Insert ``notes`` at ``cursor`` as blocks of their own; the cursor ends after them."""
    cursor.beginEditBlock()
    first = cursor.block().text() == "" and cursor.block().textList() is None
    lists: list[QTextList | None] = [None] * (MAX_LEVEL + 1)
    previous_numbered: bool | None = None
    for block in notes.blocks:
        entries: tuple[ListEntry, ...] = block.entries if isinstance(block, ListBlock) else ()
        if not isinstance(block, ListBlock):
            lists = [None] * (MAX_LEVEL + 1)
            _start_block(cursor, first, _block_format(block))
            first = False
            if isinstance(block, Speaker):
                cursor.insertText(block.label, bold_format())
            else:
                _insert_spans(cursor, block.spans)
            continue
        if previous_numbered != block.numbered:
            lists = [None] * (MAX_LEVEL + 1)
        previous_numbered = block.numbered
        for entry in entries:
            level = max(0, min(entry.level, MAX_LEVEL))
            lists[level + 1:] = [None] * (MAX_LEVEL - level)
            _start_block(cursor, first, QTextBlockFormat())
            first = False
            current = lists[level]
            if current is None:
                lists[level] = cursor.createList(list_format(block.numbered, level))
            else:
                current.add(cursor.block())
            _insert_spans(cursor, entry.spans)
    cursor.endEditBlock()


def _block_format(block: Block) -> QTextBlockFormat:
    return speaker_block_format(block) if isinstance(block, Speaker) else QTextBlockFormat()


def _start_block(cursor: QTextCursor, reuse: bool, fmt: QTextBlockFormat) -> None:
    if reuse:
        cursor.setBlockFormat(fmt)
        cursor.setBlockCharFormat(plain_format())
    else:
        cursor.insertBlock(fmt, plain_format())


def _insert_spans(cursor: QTextCursor, spans: tuple[Span, ...]) -> None:
    for span in spans:
        cursor.insertText(span.text.replace("\n", LINE_BREAK), bold_format() if span.bold else plain_format())


def set_document_notes(document: QTextDocument, notes: Notes) -> None:
    """Replace the whole document with ``notes`` (loading an item), without an undo step."""
    document.setUndoRedoEnabled(False)
    document.clear()
    insert_notes(QTextCursor(document), notes)
    document.setUndoRedoEnabled(True)
    document.setModified(False)
