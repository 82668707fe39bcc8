"""The minutes as LibreOffice lays them out: convert to PDF and read the page text.

Needs ``soffice`` (libreoffice-writer-nogui) and ``pdftotext`` (poppler-utils), which
``tools/install-system-deps.sh`` installs for CI; skipped (saying why) only where soffice is absent.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from facilitator.export.minutes import MinutesOptions, build_plan, export_minutes
from facilitator.services.bundle import Services
from tests.document_text import docx_lines
from tests.minutes_seed import LISTS, QUESTION, SeedWorkshop, read, seed_workshop  # noqa: F401  (fixture)
from tests.seed_prose import OLE, OPLAEG, POINTS, SEED_OPENING

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None,
                                reason="LibreOffice (soffice) is not installed: tools/install-system-deps.sh")


def to_pdf_pages(docx_path: Path, out: Path) -> list[str]:
    profile = out / "lo-profile"  # a private profile: a running LibreOffice must not interfere
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), str(docx_path)],
        check=True, capture_output=True, timeout=180, env={**os.environ, "HOME": str(out)},
    )
    return pdf_pages(out / (docx_path.stem + ".pdf"))


def pdf_pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True, timeout=60).stdout
    return [page for page in text.split("\f") if page.strip()]


def test_libreoffice_lays_out_the_minutes(seed_workshop: SeedWorkshop, tmp_path: Path,  # noqa: F811
                                          qapp: QGuiApplication) -> None:
    target = export_minutes(read(seed_workshop), tmp_path / "referat.docx", MinutesOptions())
    pages = to_pdf_pages(target, tmp_path)
    first = pages[0]
    assert "Temadag om sundhedsaftalen" in first and "Referat" in first and "Deltagere" in first
    assert "Klynge Syd (Mariagerfjord, Vesthimmerland, Rebild)" in first
    assert re.search(r"Side 1 af %d" % len(pages), first)
    text = "\n".join(pages)
    flat = " ".join(text.split())
    assert "4. Opsamling på målsætninger/visioner" in flat
    # Each cluster's list is numbered from 1 again: Word/LibreOffice did the numbering, not us.
    for points in LISTS.values():
        assert re.search(r"^\s*1\.\s+" + re.escape(points[0][:25]), text, flags=re.MULTILINE)
        assert re.search(r"^\s*%d\.\s+" % len(points) + re.escape(points[-1][:25]), text, flags=re.MULTILINE)
    assert re.search(r"^\s*a\)\s+Både for borgere", text, flags=re.MULTILINE)
    assert f"Spørgsmål: {QUESTION}" in flat
    assert "Lighed mellem somatik og psykiatri (Klynge Syd, Klynge Vest)" in flat


def in_order(flat: str, texts: list[str]) -> list[str]:
    """The texts not found in ``flat`` one after the other (empty when all are, in this order)."""
    missing, at = [], 0
    for text in texts:
        found = flat.find(" ".join(text.split()), at)
        if found < 0:
            missing.append(text)
        else:
            at = found + len(text)
    return missing


def test_word_through_libreoffice_and_the_pdf_show_the_same_headings_and_numbers(
    services: Services, tmp_path: Path, qapp: QGuiApplication
) -> None:
    """The demo workshop with seed 001's opening as item 1's notes, as Word (laid out by LibreOffice)
    and as the app's own PDF: the same section headings with the agenda's numbers, the same list
    numbers, the speakers in the seed's shape, page numbers in both."""
    workshop_id, _ = services.templates.create_demo()
    agenda = services.agenda.agenda(workshop_id).items
    services.notes.save(agenda[0].id, SEED_OPENING)
    reading = services.reading.read(workshop_id)
    word = export_minutes(reading, tmp_path / "referat.docx")
    own = export_minutes(reading, tmp_path / "referat.pdf")
    plan = build_plan(reading)
    headings = [h.text for h in plan.headings()]
    sections = [h for h in headings if re.match(r"\d+\. ", h)]
    assert [int(h.split(".")[0]) for h in sections] == [
        i.number for i in reading.items if i.item.kind != "break"]  # every item says something in the demo
    numbered = [(marker, text) for kind, marker, text in docx_lines(word.read_bytes())
                if kind == "li" and marker != "-"]
    assert ("1.", POINTS[0]) in numbered and ("3.", POINTS[2]) in numbered
    for name, pages in (("LibreOffice", to_pdf_pages(word, tmp_path / "lo")), ("Qt", pdf_pages(own))):
        text = "\n".join(pages)
        flat = " ".join(text.split())
        assert in_order(flat, headings) == [], name
        assert re.search(r"Side 1 af %d" % len(pages), pages[0]) and f"Side {len(pages)} af {len(pages)}" in pages[-1], name
        for marker, entry in numbered:  # each number at the start of its line, before its entry's text
            words = " ".join(entry.split()[:3])
            assert re.search(r"^\s*" + re.escape(marker) + r"\s+" + re.escape(words), text, re.MULTILINE), (name, marker, entry)
        assert "Christian Harsløf, Kontorchef, KL… " + OPLAEG in flat, name
        assert "Ole Stavad, Tidligere næstformand, Sundhedskoordinationsudvalget… " + OLE[:60] in flat, name
