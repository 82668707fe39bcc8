"""The minutes as LibreOffice lays them out: convert to PDF and read the page text.

Needs ``soffice`` (libreoffice-writer-nogui) and ``pdftotext`` (poppler-utils), which
``tools/install-system-deps.sh`` installs for CI.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from facilitator.export.minutes import MinutesOptions, export_minutes
from tests.minutes_seed import LISTS, QUESTION, SeedWorkshop, read, seed_workshop  # noqa: F401  (fixture)


def to_pdf_pages(docx_path: Path, out: Path) -> list[str]:
    profile = out / "lo-profile"  # a private profile: a running LibreOffice must not interfere
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), str(docx_path)],
        check=True, capture_output=True, timeout=180, env={**os.environ, "HOME": str(out)},
    )
    pdf = out / (docx_path.stem + ".pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True, timeout=60).stdout
    return text.split("\f")


def test_libreoffice_lays_out_the_minutes(seed_workshop: SeedWorkshop, tmp_path: Path,  # noqa: F811
                                          qapp: QGuiApplication) -> None:
    target = export_minutes(read(seed_workshop), tmp_path / "referat.docx", MinutesOptions())
    pages = [page for page in to_pdf_pages(target, tmp_path) if page.strip()]
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
