"""The Word writer of a :class:`~facilitator.export.document.DocumentPlan`.

Paragraphs are appended with :class:`BodyEnd` and runs built as XML directly (python-docx's own
calls are quadratic over a long body); lists restart through :class:`Lists`; the template brings
the organisation's styles, page setup and footer.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from facilitator.export.document import (
    Block,
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
from facilitator.export.docx_body import BodyEnd
from facilitator.export.docx_numbering import Lists
from facilitator.export.docx_template import (
    add_page_numbers,
    ensure_heading_styles,
    open_template,
    set_language,
    style_named,
)
from facilitator.export.docx_text import add_text, core_property

Progress = Callable[[int, int], None]
"""Called with (steps done, steps in all) while a document is written."""

TABLE_STYLES = ("Light Grid Accent 1", "Table Grid")
DEFAULT_TEXT_WIDTH = Emu(16 * 360000)  # 16 cm: A4 with 2.5 cm margins
_STYLES = {Style.TITLE: "Title", Style.SUBTITLE: "Subtitle", Style.COMPACT: "No Spacing"}
_PROGRESS_EVERY = 200  # blocks between progress reports


def write_docx(plan: DocumentPlan, template: Path | None = None, progress: Progress | None = None) -> bytes:
    """The plan as the bytes of a .docx file; raises TemplateError for a bad template."""
    document = open_template(template)
    _DocxWriter(document, plan).write(progress)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class _DocxWriter:
    def __init__(self, document: Document, plan: DocumentPlan) -> None:
        self.document = document
        self.plan = plan
        self.body = BodyEnd(document)
        self.lists = Lists(document)
        self._style_ids: dict[str, str | None] = {}  # python-docx's style lookup is slow

    def write(self, progress: Progress | None) -> None:
        self._page_setup()
        blocks = self.plan.blocks
        total = len(blocks) + 1
        for index, block in enumerate(blocks):
            self._block(block)
            if progress is not None and index % _PROGRESS_EVERY == 0:
                progress(index + 1, total)
        if progress is not None:
            progress(total - 1, total)

    def _page_setup(self) -> None:
        document, plan = self.document, self.plan
        ensure_heading_styles(document)
        set_language(document, plan.language)
        add_page_numbers(document, plan.footer)
        properties = document.core_properties
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        properties.title = core_property(plan.title)
        properties.subject = core_property(plan.subject)
        properties.author = core_property(plan.author)
        properties.last_modified_by = core_property(plan.author)
        properties.language = plan.language
        properties.keywords = ""
        properties.comments = ""
        properties.category = ""
        properties.created = now
        properties.modified = now
        properties.revision = 1

    def _block(self, block: Block) -> None:
        if isinstance(block, Heading):
            self._runs(self._paragraph(f"Heading {block.level}"), ((block.text, False, False),))
        elif isinstance(block, Paragraph):
            for line in paragraph_lines(block.runs):
                paragraph = self._paragraph(_STYLES.get(block.style))
                if block.style is Style.LABEL:
                    paragraph.paragraph_format.keep_with_next = True
                    paragraph.paragraph_format.space_before = Pt(6)
                self._runs(paragraph, _plain(line))
        elif isinstance(block, ListBlock):
            num_id = self.lists.new_numbered() if block.numbered else self.lists.new_bulleted()
            for entry in block.entries:
                level = Lists.level(entry.level)
                first, *more = paragraph_lines(entry.runs)
                self._runs(self._paragraph("List Paragraph", (num_id, level)), _plain(first))
                for line in more:  # the entry's further lines, under its text, without a number
                    paragraph = self._paragraph("List Paragraph")
                    paragraph.paragraph_format.left_indent = Lists.indent(level)
                    self._runs(paragraph, _plain(line))
        elif isinstance(block, Table):
            self._table(block)
        else:
            self._picture(block)

    def _style_id(self, name: str) -> str | None:
        if name not in self._style_ids:
            style = style_named(self.document, name)
            self._style_ids[name] = style.style_id if style is not None else None
        return self._style_ids[name]

    def _paragraph(self, style: str | None = None, numbering: tuple[int, int] | None = None) -> DocxParagraph:
        return self.body.paragraph(self._style_id(style) if style else None, numbering)

    @staticmethod
    def _runs(paragraph: DocxParagraph, runs: tuple[tuple[str, bool, bool], ...]) -> None:
        for text, bold, italic in runs:
            add_text(paragraph, text, bold=bold, italic=italic)

    def text_width(self) -> int:
        """The width between the margins (EMU); A4 with 2.5 cm margins when the template is silent."""
        section = self.document.sections[-1]
        available = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
        return available if available > 0 else DEFAULT_TEXT_WIDTH

    def _table(self, block: Table) -> None:
        table = self.document.add_table(rows=1, cols=len(block.header))
        style = style_named(self.document, *TABLE_STYLES)
        if style is not None:
            table.style = style
        table.autofit = False
        shares = list(block.weights or [1.0] * len(block.header))
        widths = [Emu(int(self.text_width() * share / sum(shares))) for share in shares]
        for column, width in zip(table.columns, widths):
            column.width = width
        for cell, text, width in zip(table.rows[0].cells, block.header, widths):
            cell.width = width
            add_text(cell.paragraphs[0], text, bold=True)
        _row_properties(table.rows[0], header=True)
        for values in block.rows:
            row = table.add_row()
            _row_properties(row, header=False)
            for cell, texts, width in zip(row.cells, values, widths):
                cell.width = width
                for index, text in enumerate(texts):
                    paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
                    add_text(paragraph, text)
        self._paragraph()  # Word glues consecutive tables together; a paragraph keeps them apart

    def _picture(self, block: Picture) -> None:
        width = Emu(int(self.text_width() * max(0.05, min(block.width, 1.0))))
        self.document.add_picture(io.BytesIO(block.data), width=width)
        if block.caption:
            self._runs(self._paragraph(), ((block.caption, False, True),))


def _plain(runs: Runs) -> tuple[tuple[str, bool, bool], ...]:
    return tuple((run.text, run.bold, run.italic) for run in runs)


def _row_properties(row: object, *, header: bool) -> None:
    """Rows never split across pages; the header row repeats on every page."""
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    cant_split = OxmlElement("w:cantSplit")
    cant_split.set(qn("w:val"), "true")
    tr_pr.append(cant_split)
    if header:
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        tr_pr.append(repeat)
