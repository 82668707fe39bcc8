"""The app's PDF keeps pages as Word does: no heading alone at a page's end, no table row cut."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QGuiApplication, QPdfWriter

from facilitator.export.document import DocumentPlan, Heading, Paragraph, Run, Table
from facilitator.export.pages import first_bad_page_end, paged_layout
from facilitator.export.pdf import write_pdf
from facilitator.export.qt_writer import QtLayout

PAGE = QSizeF(600, 400)
ROW = ("Første linje i en række, der er lang nok til at fylde tre linjer i sin smalle kolonne, "
       "så en sideskift kan falde midt i den")


def plan() -> DocumentPlan:
    """Tall rows that Qt would cut at page ends, and headings that would end pages alone."""
    blocks: list = []
    for section in range(1, 7):
        blocks.append(Heading(f"{section}. Afsnit", 1))
        blocks += [Paragraph((Run(f"Tekst {section}.{n} " * 12),)) for n in range(section % 3 + 1)]
        blocks.append(Heading("Klynge Syd", 2))
        blocks.append(Table(("Forslag", "Prikker"), tuple(((f"{r}. {ROW}",), (str(r),)) for r in range(1, 5)),
                            (1.0, 3.0)))
    return DocumentPlan(title="Sider", blocks=blocks)


def test_qt_alone_cuts_rows_and_leaves_headings_at_page_ends(qapp: QGuiApplication, tmp_path: Path) -> None:
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setResolution(96)
    layout = QtLayout(plan(), PAGE.width())
    layout.document.documentLayout().setPaintDevice(writer)
    layout.document.setPageSize(PAGE)
    assert first_bad_page_end(layout, PAGE.height()) is not None  # what pagination fixes


def test_pages_keep_headings_with_what_follows_and_rows_whole(qapp: QGuiApplication, tmp_path: Path) -> None:
    writer = QPdfWriter(str(tmp_path / "kept.pdf"))
    writer.setResolution(96)
    layout = paged_layout(plan(), PAGE.width(), PAGE, writer)
    assert first_bad_page_end(layout, PAGE.height()) is None
    assert sum(1 for place in layout.placed if place.table is not None) > 6  # tables went on on new pages
    text = layout.document.toPlainText()
    for section in range(1, 7):  # nothing lost to the pieces: every row once
        assert text.count(f"{section}. Afsnit") == 1
    assert text.count(ROW) == 24


def test_the_pdf_has_every_row_once_and_repeats_headers(qapp: QGuiApplication, tmp_path: Path) -> None:
    pdf = tmp_path / "sider.pdf"
    pdf.write_bytes(write_pdf(plan()))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert " ".join(text.split()).count("Prikker") >= 6  # each table's header, and again on its next pages
    for section in range(1, 7):
        assert text.count(f"{section}. Afsnit") == 1
