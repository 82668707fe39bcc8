"""Appending paragraphs to the end of a long document body in constant time.

python-docx's ``Document.add_paragraph`` searches the body for its closing ``w:sectPr`` on every
call, so a body of n paragraphs costs n² steps: with 20,000 captured lines that scan was most of
the export. :class:`BodyEnd` finds the ``w:sectPr`` once and writes the same XML python-docx
would (``paragraph.style`` then ``w:numPr``), so the document is unchanged.
"""

from __future__ import annotations

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml.etree import SubElement


_P_PR, _STYLE, _NUM_PR, _LEVEL, _NUM_ID, _VAL = (
    qn(tag) for tag in ("w:pPr", "w:pStyle", "w:numPr", "w:ilvl", "w:numId", "w:val")
)


class BodyEnd:
    """Adds paragraphs just before the body's section properties (or at its end when it has none)."""

    def __init__(self, document: Document) -> None:
        self._parent = document._body
        self._body = document.element.body
        self._sect_pr = self._body.find(qn("w:sectPr"))

    def paragraph(self, style_id: str | None = None, numbering: tuple[int, int] | None = None) -> Paragraph:
        """A new empty paragraph with style ``style_id`` in list ``numbering`` = (numId, level)."""
        p = OxmlElement("w:p")
        if style_id is not None or numbering is not None:
            p_pr = SubElement(p, _P_PR)
            if style_id is not None:
                SubElement(p_pr, _STYLE, {_VAL: style_id})
            if numbering is not None:
                num_pr = SubElement(p_pr, _NUM_PR)
                num_id, level = numbering
                SubElement(num_pr, _LEVEL, {_VAL: str(level)})
                SubElement(num_pr, _NUM_ID, {_VAL: str(num_id)})
        if self._sect_pr is not None:
            self._sect_pr.addprevious(p)
        else:
            self._body.append(p)
        return Paragraph(p, self._parent)
