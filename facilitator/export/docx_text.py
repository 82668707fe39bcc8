"""The one place where strings are made safe for Word before python-docx sees them.

python-docx raises on characters XML 1.0 cannot hold (and leaves a half-built element behind), turns
each ``\\r`` and ``\\n`` into a break, refuses core properties over 255 characters and writes text
nodes Word cannot load again past about 10 MB (pitfalls.md). Every string of the minutes passes
through here, so nothing the user typed can break an export.
"""

from __future__ import annotations

import re
import unicodedata

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.text.run import CT_R
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml.etree import SubElement

from facilitator.export.text import word_line, word_text

__all__ = ["add_text", "chunks", "core_property", "is_right_to_left", "mark_right_to_left", "word_line", "word_text"]

RUN_CHUNK = 20_000
"""Characters per run: far below the size at which Word refuses a text node, cheap to write."""

CORE_PROPERTY_LIMIT = 255

_RUN_PIECES = re.compile(r"([\t\r\n])")
_RUN, _RUN_PR, _BOLD, _ITALIC, _RTL, _TAB, _BREAK, _TEXT = (
    qn(tag) for tag in ("w:r", "w:rPr", "w:b", "w:i", "w:rtl", "w:tab", "w:br", "w:t")
)
_SPACE = qn("xml:space")


def core_property(text: str) -> str:
    """A value for the document's core properties, which Word caps at 255 characters."""
    line = word_line(text)
    if len(line) <= CORE_PROPERTY_LIMIT:
        return line
    return line[: CORE_PROPERTY_LIMIT - 1] + "\u2026"


def chunks(text: str, size: int = RUN_CHUNK) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters (at least one, maybe empty)."""
    return [text[start : start + size] for start in range(0, len(text), size)] or [""]


def is_right_to_left(text: str) -> bool:
    """Whether the first strongly directed character is Hebrew/Arabic-like (Unicode bidi R/AL)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def add_text(paragraph: Paragraph, text: str, *, bold: bool = False, italic: bool = False) -> list[Run]:
    """Append cleaned ``text`` to ``paragraph`` as runs; a right-to-left text gets ``w:bidi``.

    The runs are the XML ``paragraph.add_run(piece)`` and ``run.bold``/``run.italic`` write
    (``\\n`` a ``w:br``, ``\\t`` a ``w:tab``, an ``w:rPr`` even when empty), built directly:
    python-docx's per-character loop and child lookups cost more than the rest of a large export.
    """
    cleaned = word_text(text)
    rtl = is_right_to_left(cleaned)
    if rtl:
        mark_right_to_left(paragraph)
    return [Run(_append_run(paragraph._p, piece, bold, italic, rtl), paragraph) for piece in chunks(cleaned)]


def _append_run(p: object, text: str, bold: bool, italic: bool, rtl: bool) -> CT_R:
    r = SubElement(p, _RUN)  # type: ignore[arg-type]
    r_pr = SubElement(r, _RUN_PR)
    if bold:
        SubElement(r_pr, _BOLD)
    if italic:
        SubElement(r_pr, _ITALIC)
    if rtl:
        SubElement(r_pr, _RTL)
    for piece in _RUN_PIECES.split(text):
        if piece == "\t":
            SubElement(r, _TAB)
        elif piece in ("\r", "\n"):
            SubElement(r, _BREAK)
        elif piece:
            node = SubElement(r, _TEXT)
            node.text = piece
            if len(piece.strip()) < len(piece):
                node.set(_SPACE, "preserve")
    return r  # type: ignore[return-value]


def mark_right_to_left(paragraph: Paragraph) -> None:
    """Give ``paragraph`` right-to-left direction (python-docx has no API for ``w:bidi``)."""
    p_pr = paragraph._p.get_or_add_pPr()
    if p_pr.find(qn("w:bidi")) is None:
        bidi = OxmlElement("w:bidi")
        # Schema order: w:bidi comes after numbering/borders/shading; insert_element_before keeps it valid.
        p_pr.insert_element_before(
            bidi,
            "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
            "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
            "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
            "w:pPrChange",
        )
