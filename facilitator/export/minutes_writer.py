"""Shared state and the small building blocks (headings, lists, tables) of the minutes.

The section writers subclass :class:`Writer`. Their ``self.tr("...")`` calls are extracted by
``pyside6-lupdate`` with the subclass as context and answered in the workshop's language by
:class:`~facilitator.export.wording.Wording`, so keep translated strings in the subclasses.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from docx.document import Document
from PySide6.QtCore import QT_TRANSLATE_NOOP
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from facilitator.export.docx_body import BodyEnd
from facilitator.export.docx_numbering import Lists
from facilitator.export.docx_template import style_named
from facilitator.export.docx_text import add_text, word_text
from facilitator.export.minutes_data import ClusterInfo, MinutesData
from facilitator.export.wording import Wording

Cell = str | Sequence[str]
"""A table cell: one text, or several shown as separate paragraphs."""

TABLE_STYLES = ("Light Grid Accent 1", "Table Grid")
PICTURE_MAX_WIDTH = Emu(16 * 360000)  # 16 cm
DEFAULT_TEXT_WIDTH = Emu(16 * 360000)


@dataclass(frozen=True)
class MinutesOptions:
    """What the user chose in the export dialog (or on the command line)."""

    include_empty: bool = False
    show_actual_times: bool = True
    include_emails: bool = True
    template: Path | None = None
    language: str | None = None  # None: the workshop's language
    timezone: dt.tzinfo | None = None  # None: the computer's zone, where the workshop was run
    written_on: dt.date | None = None  # None: today


@dataclass
class Context:
    """What every section writer shares while one document is built."""

    document: Document
    data: MinutesData
    options: MinutesOptions
    wording: Wording
    lists: Lists
    body: BodyEnd
    # Style ids looked up once per name: python-docx's lookup is slow enough to dominate big exports.
    style_ids: dict[str, str | None] = field(default_factory=dict)


class Writer:
    """Base of the section writers: translation and the document's building blocks."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.document = context.document
        self.data = context.data
        self.options = context.options
        self.wording = context.wording

    def tr(self, text: str) -> str:
        return self.wording.translate(type(self).__name__, text)

    def heading(self, text: str, level: int) -> Paragraph:
        return self.paragraph(text, style=f"Heading {level}")

    def _style_id(self, name: str) -> str | None:
        cache = self.context.style_ids
        if name not in cache:
            style = style_named(self.document, name)
            cache[name] = style.style_id if style is not None else None
        return cache[name]

    def paragraph(
        self, text: str = "", *, style: str | None = None, italic: bool = False, numbering: tuple[int, int] | None = None
    ) -> Paragraph:
        """A paragraph at the end of the body; ``numbering`` is (numId, level) for a list item."""
        paragraph = self.context.body.paragraph(self._style_id(style) if style else None, numbering)
        if text:
            add_text(paragraph, text, italic=italic)
        return paragraph

    def paragraphs(self, text: str) -> None:
        """Text with blank lines as separate paragraphs (a pasted description, a long note)."""
        for block in re.split(r"\n[ \t]*\n+", word_text(text).strip("\n")):
            if block.strip():
                self.paragraph(block)

    def labelled(self, label: str, text: str, *, style: str | None = None) -> Paragraph:
        """``Label: text`` with the label in bold, as the seeds write "Spørgsmål:" and "Svar:"."""
        paragraph = self.paragraph(style=style)
        add_text(paragraph, label, bold=True)
        if text:
            add_text(paragraph, " " + text)
        else:  # a label over what follows ("Bilag:", a cluster over its people): keep them together
            paragraph.paragraph_format.keep_with_next = True
            paragraph.paragraph_format.space_before = Pt(6)
        return paragraph

    def list_item(self, num_id: int, level: int, text: str, label: str = "") -> Paragraph:
        paragraph = self.paragraph(style="List Paragraph", numbering=(num_id, Lists.level(level)))
        if label:
            add_text(paragraph, label + " ", bold=True)
        add_text(paragraph, text)
        return paragraph

    def table(
        self, header: Sequence[str], rows: Sequence[Sequence[Cell]], weights: Sequence[float] | None = None
    ) -> Table:
        """A styled table whose header row repeats on every page.

        ``weights`` share the text width between the columns (equal when omitted).
        """
        table = self.document.add_table(rows=1, cols=len(header))
        style = style_named(self.document, *TABLE_STYLES)
        if style is not None:
            table.style = style
        table.autofit = False
        shares = list(weights or [1.0] * len(header))
        widths = [Emu(int(self.text_width() * share / sum(shares))) for share in shares]
        for column, width in zip(table.columns, widths):
            column.width = width
        for cell, text, width in zip(table.rows[0].cells, header, widths):
            cell.width = width
            add_text(cell.paragraphs[0], text, bold=True)
        _repeat_as_header(table.rows[0])
        for values in rows:
            cells = table.add_row().cells
            for cell, value, width in zip(cells, values, widths):
                cell.width = width
                texts = [value] if isinstance(value, str) else list(value)
                for index, text in enumerate(texts):
                    paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
                    add_text(paragraph, text)
        self.paragraph()  # Word glues consecutive tables together; a paragraph keeps them apart
        return table

    def text_width(self) -> int:
        """The width between the margins (EMU); A4 with 2.5 cm margins when the template is silent."""
        section = self.document.sections[-1]
        available = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
        return available if available > 0 else DEFAULT_TEXT_WIDTH

    def picture(self, png: bytes) -> None:
        self.document.add_picture(io.BytesIO(png), width=Emu(min(PICTURE_MAX_WIDTH, self.text_width())))

    def cluster_label(self, cluster: ClusterInfo) -> str:
        """``Klynge Syd (Mariagerfjord, Vesthimmerland, Rebild)``, as the seeds head each list."""
        if not cluster.members:
            return cluster.name
        return f"{cluster.name} ({', '.join(cluster.members)})"

    def cluster_name(self, cluster_id: int | None) -> str:
        cluster = self.data.cluster(cluster_id)
        return cluster.name if cluster is not None else ""

    def nothing_recorded(self) -> None:
        text = QT_TRANSLATE_NOOP("Writer", "Nothing was recorded.")
        self.paragraph(self.wording.translate("Writer", text), italic=True)


def _repeat_as_header(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)
