"""A field of thousands of lines exports as thousands of paragraphs, not one of line breaks.

Found by an adversarial run: a 1 MB field with embedded newlines exported in 1 s, but LibreOffice
could not lay out its single paragraph of breaks in 240 s (10,000 separate lines: 43 s).
"""

from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn
from PySide6.QtGui import QGuiApplication

from facilitator.export.document import DocumentPlan, ListBlock, ListEntry, Paragraph, Run, paragraph_lines
from facilitator.export.docx_writer import write_docx
from facilitator.export.minutes import build_minutes
from facilitator.export.qt_writer import qt_document
from facilitator.services.reading import WorkshopReading
from tests.reading_builders import cluster, item, line, workshop

PASTED = "\n".join(f"Linje {n} af den indsatte tekst" for n in range(10_000))


def test_every_line_of_a_long_contribution_is_a_paragraph_of_its_own(qapp: QGuiApplication) -> None:
    reading = WorkshopReading(workshop("Temadag"), clusters=(cluster(1, "Klynge 1", ("Kommune",)),),
                              items=(item(1, "Gruppearbejde", contributions=(line(1, 1, 1, PASTED),)),))
    document = docx.Document(io.BytesIO(build_minutes(reading)))
    body = document.element.body
    assert body.find(".//" + qn("w:br")) is None
    texts = [p.text for p in document.paragraphs]
    assert "Linje 0 af den indsatte tekst" in texts and "Linje 9999 af den indsatte tekst" in texts
    first = next(p for p in document.paragraphs if p.text == "Linje 0 af den indsatte tekst")
    second = next(p for p in document.paragraphs if p.text == "Linje 1 af den indsatte tekst")
    assert first._p.pPr.numPr is not None  # the entry keeps its number on its first line
    assert second._p.pPr.numPr is None and second.paragraph_format.left_indent is not None


def test_both_writers_cut_at_line_breaks_and_drop_blank_lines(qapp: QGuiApplication) -> None:
    plan = DocumentPlan(title="t", blocks=[
        Paragraph((Run("første\r\nanden "), Run("fed\n\n", bold=True), Run("tredje"))),
        ListBlock(True, (ListEntry((Run("punkt\nog mere"),)),)),
    ])
    word = [p.text for p in docx.Document(io.BytesIO(write_docx(plan))).paragraphs if p.text]
    assert word == ["første", "anden fed", "tredje", "punkt", "og mere"]
    preview = qt_document(plan).toRawText().split("\u2029")
    assert [text for text in preview if text] == ["første", "anden fed", "tredje", "punkt", "og mere"]


def test_an_empty_text_is_still_one_paragraph() -> None:
    assert paragraph_lines((Run(""),)) == [()]
    assert paragraph_lines((Run(" \n "),)) == [()]
