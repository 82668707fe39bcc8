"""The Qt writer of a :class:`~facilitator.export.document.DocumentPlan`: a QTextDocument.

The same plan the Word writer renders, for the live preview in the Referat section and for PDF
(:mod:`facilitator.export.pdf`). Styles follow the Word template's look (Calibri, dark blue
headings); lists restart at 1 per list and per parent entry as Word's do; table header rows
repeat on every printed page. Only QtGui is used, so it runs headless.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextList,
    QTextListFormat,
    QTextTable,
    QTextTableCellFormat,
    QTextTableFormat,
)

from facilitator.export.charts import ensure_gui_application
from facilitator.export.document import (
    Block,
    Cell,
    DocumentPlan,
    Heading,
    ListBlock,
    Paragraph,
    Picture,
    Runs,
    Style,
    Table,
    paragraph_lines,
)

FONT_FAMILIES = ["Calibri", "Carlito", "Liberation Sans", "DejaVu Sans", "Arial"]
HEADING_FAMILIES = ["Calibri Light", "Carlito", "Liberation Sans", "DejaVu Sans", "Arial"]
ACCENT = QColor("#1f3864")
ACCENT_2 = QColor("#2e5496")
TEXT = QColor("#262626")
GRID = QColor("#8eaadb")
BODY_PT = 11.0
_SIZES = {Style.TITLE: 26.0, Style.SUBTITLE: 15.0}
_HEADING_PT = {1: 16.0, 2: 12.5, 3: 12.0}
_NUMBERED = (QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListLowerAlpha,
             QTextListFormat.Style.ListLowerRoman)
_SUFFIXES = (".", ")", ".")
_BULLETED = (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle, QTextListFormat.Style.ListSquare)
LAYOUT_DPI = 96.0
"""Layout units per inch, on screen and in the PDF writer alike, so both lay out the same."""
TEXT_WIDTH = 16 / 2.54 * LAYOUT_DPI
"""A4 less 2.5 cm margins, in layout units."""


def _font(families: list[str], points: float) -> QFont:
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(points)
    return font


@dataclass
class Placed:
    """Where one block of the plan went in the document, for pagination to look at."""

    index: int  # in the plan's blocks
    keep_with_next: bool  # a heading or a label: never the last thing on a page
    block: QTextBlock | None = None  # its first text block (None for a table)
    table: QTextTable | None = None  # a table, or one page's piece of it
    first_row: int = 0  # the plan's body row that the piece's first body row shows


class QtLayout:
    """A plan's QTextDocument and where each block went, with the page breaks pagination adds."""

    def __init__(self, plan: DocumentPlan, text_width: float) -> None:
        ensure_gui_application()
        self.plan = plan
        self.document = QTextDocument()
        self.document.setDefaultFont(_font(FONT_FAMILIES, BODY_PT))
        self.document.setDocumentMargin(0)
        self.document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, plan.title)
        self.document.setTextWidth(text_width)
        self._writer = _QtWriter(self.document, text_width)
        self._writer.write(plan)
        self.placed: list[Placed] = self._writer.placed

    def start_page(self, place: Placed) -> None:
        """Start a new page with ``place`` (the document lays out again from there)."""
        if place.table is not None:
            fmt = place.table.format()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            place.table.setFormat(fmt)
            self._lay_out_from(place.table.firstPosition())
            return
        cursor = QTextCursor(place.block)
        fmt = cursor.blockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.setBlockFormat(fmt)
        self._lay_out_from(place.block.position())

    def _lay_out_from(self, position: int) -> None:
        """Lay the document out again from ``position`` on (lazily, as far as it is asked about):
        after a change Qt's own incremental layout leaves later blocks unlaid, with no height."""
        self.document.markContentsDirty(position, self.document.characterCount() - position)

    def split_table(self, n: int, row: int) -> None:
        """Cut the table piece ``placed[n]`` before its ``row`` (1 = first body row); the rest goes
        on, under the header again, at the top of the next page."""
        place = self.placed[n]
        table = place.table
        assert table is not None and 1 < row < table.rows()
        rows = self.plan.blocks[place.index]
        assert isinstance(rows, Table)
        first = place.first_row + row - 1
        last = place.first_row + table.rows() - 1
        cursor = QTextCursor(self.document)
        cursor.setPosition(table.lastPosition() + 1)  # the block after the table
        cursor.beginEditBlock()
        rest = self._writer.table_piece(rows, rows.rows[first:last], cursor, new_page=True)
        table.removeRows(row, table.rows() - row)
        cursor.endEditBlock()
        self._lay_out_from(table.firstPosition())
        self.placed.insert(n + 1, Placed(place.index, False, table=rest, first_row=first))


def qt_document(plan: DocumentPlan, text_width: float = TEXT_WIDTH) -> QTextDocument:
    """The plan as a QTextDocument whose pictures fit ``text_width`` (layout units)."""
    return QtLayout(plan, text_width).document


class _QtWriter:
    def __init__(self, document: QTextDocument, text_width: float) -> None:
        self.document = document
        self.cursor = QTextCursor(document)
        self.text_width = text_width
        self.placed: list[Placed] = []
        self._index = 0
        self._first = True
        self._pictures = 0

    def write(self, plan: DocumentPlan) -> None:
        self.cursor.beginEditBlock()
        for index, block in enumerate(plan.blocks):
            self._index = index
            self._block(block)
        self.cursor.endEditBlock()

    def _place(self, keep_with_next: bool = False) -> None:
        """Record the block just started (the cursor's) as the current plan block's first."""
        self.placed.append(Placed(self._index, keep_with_next, block=self.cursor.block()))


    def _block(self, block: Block) -> None:
        if isinstance(block, Heading):
            self._heading(block)
        elif isinstance(block, Paragraph):
            self._paragraph(block)
        elif isinstance(block, ListBlock):
            self._list(block)
        elif isinstance(block, Table):
            self._table(block)
        else:
            self._picture(block)

    # --- paragraphs ------------------------------------------------------------------------

    def _new_block(self, block_format: QTextBlockFormat, char_format: QTextCharFormat) -> None:
        """Start a block; the document's own first block is used for the first one."""
        if self._first:
            self.cursor.setBlockFormat(block_format)
            self.cursor.setBlockCharFormat(char_format)
            self._first = False
        else:
            self.cursor.insertBlock(block_format, char_format)

    def _heading(self, block: Heading) -> None:
        fmt = QTextBlockFormat()
        fmt.setHeadingLevel(block.level)
        fmt.setTopMargin(18 if block.level == 1 else 12)
        fmt.setBottomMargin(6 if block.level == 1 else 4)
        char = QTextCharFormat()
        char.setFont(_font(HEADING_FAMILIES, _HEADING_PT.get(block.level, BODY_PT)))
        char.setFontWeight(QFont.Weight.Normal if block.level == 1 else QFont.Weight.Bold)
        char.setForeground(QBrush(ACCENT if block.level == 1 else ACCENT_2))
        self._new_block(fmt, char)
        self._place(keep_with_next=True)
        self.cursor.insertText(block.text, char)

    def _paragraph(self, block: Paragraph) -> None:
        fmt = QTextBlockFormat()
        fmt.setBottomMargin(0 if block.style is Style.COMPACT else 6)
        if block.style is Style.LABEL:
            fmt.setTopMargin(6)
        char = QTextCharFormat()
        if block.style in _SIZES:
            char.setFont(_font(HEADING_FAMILIES, _SIZES[block.style]))
            char.setForeground(QBrush(ACCENT if block.style is Style.TITLE else ACCENT_2))
            fmt.setBottomMargin(4 if block.style is Style.TITLE else 12)
        for number, line in enumerate(paragraph_lines(block.runs)):
            self._new_block(fmt, char)
            if number == 0:  # the plan block starts at its first line
                self._place(keep_with_next=block.style is Style.LABEL)
            self._runs(line, char)

    def _runs(self, runs: Runs, base: QTextCharFormat) -> None:
        for run in runs:
            char = QTextCharFormat(base)
            if run.bold:
                char.setFontWeight(QFont.Weight.Bold)
            if run.italic:
                char.setFontItalic(True)
            self.cursor.insertText(run.text.replace("\n", "\u2028"), char)

    def _list(self, block: ListBlock) -> None:
        lists: list[QTextList | None] = [None, None, None]
        for number, entry in enumerate(block.entries):
            level = max(0, min(entry.level, 2))
            for deeper in range(level + 1, 3):  # a sub-list restarts under its next parent
                lists[deeper] = None
            fmt = QTextBlockFormat()
            fmt.setBottomMargin(2)
            first, *more = paragraph_lines(entry.runs)
            self._new_block(fmt, QTextCharFormat())
            if number == 0:
                self._place()
            current = lists[level]
            if current is None:
                list_format = QTextListFormat()
                list_format.setIndent(level + 1)
                if block.numbered:
                    list_format.setStyle(_NUMBERED[level])
                    list_format.setNumberSuffix(_SUFFIXES[level])
                else:
                    list_format.setStyle(_BULLETED[level])
                lists[level] = self.cursor.createList(list_format)
            else:
                current.add(self.cursor.block())
            self._runs(first, QTextCharFormat())
            for line in more:  # the entry's further lines, under its text, without a number
                below = QTextBlockFormat(fmt)
                below.setIndent(level + 1)
                self._new_block(below, QTextCharFormat())
                self._runs(line, QTextCharFormat())

    # --- tables and pictures ---------------------------------------------------------------

    def _table(self, block: Table) -> None:
        if self._first:  # a table cannot be the document's first block: start with an empty one
            self._new_block(QTextBlockFormat(), QTextCharFormat())
        table = self.table_piece(block, block.rows, self.cursor)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self.placed.append(Placed(self._index, False, table=table))

    def table_piece(self, block: Table, rows: tuple[tuple[Cell, ...], ...], cursor: QTextCursor,
                    new_page: bool = False) -> QTextTable:
        """The header and ``rows`` of ``block`` as a table at ``cursor``."""
        fmt = QTextTableFormat()
        if new_page:
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        fmt.setHeaderRowCount(1)
        fmt.setCellPadding(4)
        fmt.setCellSpacing(0)
        fmt.setBorder(0.5)
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBorderBrush(QBrush(GRID))
        fmt.setBorderCollapse(True)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        total = sum(block.weights) or 1.0
        fmt.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, 100 * w / total) for w in block.weights]
        )
        fmt.setTopMargin(4)
        fmt.setBottomMargin(8)
        table = cursor.insertTable(len(rows) + 1, len(block.header), fmt)
        cell_format = QTextTableCellFormat()
        cell_format.setBorder(0.5)
        cell_format.setBorderBrush(QBrush(GRID))
        cell_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        header_format = QTextTableCellFormat(cell_format)
        header_format.setBackground(QBrush(QColor("#d9e2f3")))
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        for column, text in enumerate(block.header):
            cell = table.cellAt(0, column)
            cell.setFormat(header_format)
            cell.firstCursorPosition().insertText(text, bold)
        for row, values in enumerate(rows, start=1):
            for column, texts in enumerate(values):
                cell = table.cellAt(row, column)
                cell.setFormat(cell_format)
                cell_cursor = cell.firstCursorPosition()
                for index, text in enumerate(texts):
                    if index:
                        cell_cursor.insertBlock()
                    cell_cursor.insertText(text.replace("\n", "\u2028"), QTextCharFormat())
        return table

    def _picture(self, block: Picture) -> None:
        image = QImage.fromData(block.data)
        if image.isNull():
            return
        self._pictures += 1
        name = f"minutes-picture:{self._pictures}"
        self.document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        fmt = QTextBlockFormat()
        fmt.setBottomMargin(4)
        self._new_block(fmt, QTextCharFormat())
        self._place()
        picture = QTextImageFormat()
        picture.setName(name)
        width = self.text_width * max(0.05, min(block.width, 1.0))
        picture.setWidth(width)
        picture.setHeight(width * image.height() / max(image.width(), 1))
        self.cursor.insertImage(picture)
        if block.caption:
            caption = QTextCharFormat()
            caption.setFontItalic(True)
            self._new_block(QTextBlockFormat(), QTextCharFormat())
            self.cursor.insertText(block.caption, caption)
