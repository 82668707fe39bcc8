"""How long reading a programme takes: a 1 MB pasted text and a Word invitation with a long table."""

from __future__ import annotations

import io
import time

from facilitator.domain.programme.reader import parse, parse_lines
from facilitator.domain.programme.sources import read_file

_DAY = ("Tirsdag 4. marts\n\nKl. 8.30\tAnkomst og morgenmad\nKl. 9.00\tVelkomst v/ direktøren\n"
        "9h30 - 10h30 : Table ronde (2 à 3 intervenants)\n10:30 - 12:00 Workshops (3 x 20 min rotations)\n"
        "| 12:00 - 12:45 | Lunch | |\n| | fortsat | |\n12:45 - 1:30 Case stories\n2.00 - 3.30 Groups\n"
        "1. Opening and check-in (15 minutes):\n   - Round of names\n15.30 Tak for i dag\n\n")
TEXT_BYTES = 1_000_000
DOCX_ROWS = 400


def _best_of(times: int, run) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(times):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def text_import_s() -> float:
    """Parse about 1 MB of mixed programme text (every form the reader knows)."""
    text = (_DAY * (TEXT_BYTES // len(_DAY.encode()) + 1))[:TEXT_BYTES]
    return _best_of(3, lambda: parse(text))


def _invitation(rows: int) -> bytes:
    from docx import Document

    document = Document()
    document.add_paragraph("Kære samarbejdspartner")
    table = document.add_table(rows=rows + 1, cols=3)
    for index, row in enumerate(table.rows):
        start = 8 * 60 + index * 5
        values = ("Tid", "Indhold", "Ansvarlig") if index == 0 else (
            f"{start // 60 % 24:02d}.{start % 60:02d}", f"Punkt {index} (5 min)", "Anne")
        for cell, value in zip(row.cells, values):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_import_s() -> float:
    """Open a Word invitation whose programme table has ``DOCX_ROWS`` rows and parse it."""
    data = _invitation(DOCX_ROWS)
    return _best_of(3, lambda: parse_lines(read_file(data, "invitation.docx").lines))
