"""Spreadsheets: a .csv/.tsv text or an .xlsx workbook, each sheet one table of rows.

Cell values become the text a person would see: a time as ``HH.MM``, a length (a duration cell)
as minutes, a date alone as ``YYYY-MM-DD`` (a row holding only a date is a day heading).
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from facilitator.domain.programme.reader import SourceLine

DELIMITERS = (";", "\t", ",", "|")
_MAX_ROWS = 20_000
_MAX_COLUMNS = 50


def _consistent(text: str, delimiter: str) -> bool:
    """Every (of at least two) non-blank lines splits into the same number (≥ 2) of cells."""
    try:
        rows = [row for row in csv.reader(io.StringIO(text[:65536], newline=""), delimiter=delimiter)
                if any(c.strip() for c in row)]
    except csv.Error:
        return False
    widths = {len(row) for row in rows[:200]}
    return len(rows) >= 2 and len(widths) == 1 and widths.pop() >= 2


def sniff_delimiter(text: str, *, named_csv: bool) -> str | None:
    """The delimiter a spreadsheet export uses, or ``None`` when the text is no such table.

    A comma counts only for a file named .csv: prose has commas on every other line.
    """
    for delimiter in DELIMITERS:
        if delimiter == "," and not named_csv:
            continue
        if delimiter == "|":
            continue  # a pipe table is Markdown: the text reader reads it
        if _consistent(text, delimiter):
            return delimiter
    return ";" if named_csv else None


def csv_lines(text: str, delimiter: str) -> list[SourceLine]:
    lines: list[SourceLine] = []
    try:
        for number, row in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)):
            if number >= _MAX_ROWS:
                break
            cells = tuple(cell.strip() for cell in row[:_MAX_COLUMNS])
            lines.append(SourceLine(" | ".join(c for c in cells if c), cells, 1))
    except csv.Error:
        return []
    return lines


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0) and value.year > 1900:
            return value.date().isoformat()
        return f"{value.hour:02d}.{value.minute:02d}"
    if isinstance(value, dt.time):
        return f"{value.hour:02d}.{value.minute:02d}"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return f"{round(value.total_seconds() / 60)} min"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def xlsx_lines(data: bytes) -> list[SourceLine]:
    """Each sheet of a workbook as one table; raises ``ValueError`` when it cannot be opened."""
    from openpyxl import load_workbook  # loaded only when a workbook is read

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types (zip, XML, key errors) on damaged files
        raise ValueError(str(error)) from error
    lines: list[SourceLine] = []
    try:
        for table, sheet in enumerate(workbook.worksheets, start=1):
            for number, row in enumerate(sheet.iter_rows(values_only=True)):
                if number >= _MAX_ROWS:
                    break
                cells = tuple(_cell_text(value) for value in row[:_MAX_COLUMNS])
                while cells and not cells[-1]:
                    cells = cells[:-1]
                lines.append(SourceLine(" | ".join(c for c in cells if c), cells, table))
            lines.append(SourceLine(""))
    except Exception as error:
        raise ValueError(str(error)) from error
    finally:
        workbook.close()
    return lines
