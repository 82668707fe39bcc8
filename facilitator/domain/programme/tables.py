"""Rows of a table (Markdown, HTML, Word, spreadsheet): which cell holds what, and the row's item.

The columns are guessed once per table: from a header row when it names them ("Tid | Program |
Ansvarlig", "Start;Slut;Emne", "Time | Session | Speaker"), else from what the cells hold (the
column with clock times, one with lengths, the first with words is the title, the next the
presenter). A spreadsheet's preview lets the user choose them instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from facilitator.domain.programme.clocks import is_bare_time, leading_span, normalise_spaces
from facilitator.domain.programme.durations import length
from facilitator.domain.programme.lines import Read, item_from_rest, timed_item
from facilitator.domain.programme.model import ParsedItem

_HEADER_WORDS = {
    "start": r"start|fra|from|von|beginn|début|debut|begin|kl\.?|klokken|tidspunkt|klokkeslæt|klokkeslett",
    "time": r"tid|time|times|zeit|uhrzeit|heure|horaire|horaires|when|hvornår|när|tidspunkt|schedule",
    "end": r"slut|slutt|end|ende|fin|til|to|bis|until",
    "length": r"varighed|varighet|varaktighet|längd|duration|dauer|durée|minutter|minutes|min\.?|minuten|længde",
    "title": r"program|programme|programm|emne|indhold|aktivitet|aktivität|activité|activity|punkt|agenda|"
             r"dagsorden|topic|session|item|thema|inhalt|sujet|titre|title|titel|tema|innhold|innehåll|what|hvad|"
             r"was|quoi|overskrift|beskrivelse|description|beschreibung",
    "presenter": r"ansvarlig|ansvar|oplægsholder|foredragsholder|v/|ved|hvem|speaker|speakers|presenter|"
                 r"presenters|who|by|responsible|referent|wer|intervenant|intervenants|qui|vem|talare|ansvarig|"
                 r"facilitator|moderator|leder|leitung|animateur|redner|referent\(in\)",
}
_HEADER = {role: re.compile(rf"^(?:{words})$", re.IGNORECASE) for role, words in _HEADER_WORDS.items()}
_SHORT_PRESENTER = 60


@dataclass(frozen=True)
class Columns:
    """Which cell of a row holds the start (or the whole span), end, length, title and presenter."""

    start: int | None = None
    end: int | None = None
    length: int | None = None
    title: int | None = None
    presenter: int | None = None

    def used(self) -> set[int]:
        return {index for index in (self.start, self.end, self.length, self.title, self.presenter)
                if index is not None}


def _cell(cells: Sequence[str], index: int | None) -> str:
    return cells[index].strip() if index is not None and index < len(cells) else ""


def header_columns(cells: Sequence[str]) -> Columns | None:
    """The columns a header row names, or ``None`` when the row is not a header."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        text = normalise_spaces(cell).strip().rstrip(":").strip()
        if not text:
            continue
        role = next((name for name, pattern in _HEADER.items() if pattern.match(text)), None)
        if role is None:
            return None if leading_span(text, cell=True) else _partial(found, index)
        if role == "time" and "start" in found and "end" not in found:
            role = "end"
        key = "start" if role == "time" else role
        found.setdefault(key, index)
    return _columns(found) if found and ("start" in found or "title" in found) else None


def _partial(found: dict[str, int], index: int) -> Columns | None:
    """A header with one unknown word keeps its known columns; the unknown one is description."""
    return _columns(found) if len(found) >= 2 else None


def _columns(found: dict[str, int]) -> Columns:
    return Columns(found.get("start"), found.get("end"), found.get("length"), found.get("title"),
                   found.get("presenter"))


def guess_columns(rows: Sequence[Sequence[str]]) -> Columns:
    """Columns for a table without a header the parser knows: from what the cells hold."""
    width = max((len(row) for row in rows), default=0)
    timed = [row for row in rows if any(leading_span(normalise_spaces(c).strip(), cell=True) for c in row)]
    if not timed:
        return Columns()

    def share(test) -> list[float]:  # type: ignore[no-untyped-def]
        return [sum(1 for row in timed if test(_cell(row, i))) / len(timed) for i in range(width)]

    starts = share(lambda c: leading_span(normalise_spaces(c), cell=True) is not None)
    start = max(range(width), key=lambda i: (starts[i], -i))
    bare = share(lambda c: is_bare_time(normalise_spaces(c)))
    end = next((i for i in range(start + 1, width) if bare[i] >= 0.5 and bare[start] >= 0.5), None)
    lengths = share(lambda c: length(c) is not None)
    length_column = next((i for i in range(width) if i not in (start, end) and lengths[i] >= 0.5), None)
    taken = {start, end, length_column}
    words = share(lambda c: any(ch.isalpha() for ch in c))
    text_columns = [i for i in range(width) if i not in taken and words[i] > 0]
    title = text_columns[0] if text_columns else None
    presenter = None
    if len(text_columns) > 1:
        candidate = text_columns[1]
        cells = [_cell(row, candidate) for row in timed if _cell(row, candidate)]
        if cells and all(len(c) <= _SHORT_PRESENTER for c in cells):
            presenter = candidate
    return Columns(start, end, length_column, title, presenter)


def _title_lines(cell: str) -> list[str]:
    """A title cell's lines; a line that is only "(10 min oplæg, 35 min drøftelse)" joins the title."""
    lines = [line.strip() for line in cell.split("\n") if line.strip()]
    if len(lines) > 1 and lines[1].startswith("(") and lines[1].endswith(")"):
        lines[:2] = [f"{lines[0]} {lines[1]}"]
    return lines


def _length_cell(text: str) -> int | None:
    """A length column's cell: "45 min", "1 time", or a bare number of minutes."""
    if text.isascii() and text.isdigit() and len(text) <= 4:  # "¹" is a digit to str, not to int
        return int(text)
    return length(text)


def read_row(cells: Sequence[str], columns: Columns) -> Read | None:
    """The item a row holds (``None`` when it has no time and no length: a continuation or a note).

    The title cell may hold several lines: the first is the title, the others its description.
    Cells the columns do not name become description lines.
    """
    cells = [normalise_spaces(cell) for cell in cells]
    time_cell = _cell(cells, columns.start)
    span = leading_span(time_cell, cell=True) if time_cell else None
    if span is None and columns.start is None:
        for index, cell in enumerate(cells):
            span = leading_span(cell.strip(), cell=True)
            if span is not None:
                columns = replace(columns, start=index, title=columns.title if columns.title != index else None)
                time_cell = cell.strip()
                break
    title_lines = _title_lines(_cell(cells, columns.title))
    inline = time_cell[span.rest:].strip() if span is not None else ""
    if inline:
        title_lines = [inline, *title_lines]
    if not title_lines:
        spare = [i for i in range(len(cells)) if i not in columns.used() and cells[i].strip()]
        if spare:
            title_lines = _title_lines(cells[spare[0]])
            columns = replace(columns, title=spare[0])
    title = title_lines[0] if title_lines else ""
    minutes = _length_cell(_cell(cells, columns.length)) if columns.length is not None else None
    if span is not None:
        end_cell = _cell(cells, columns.end)
        end_span = leading_span(end_cell, cell=True) if end_cell else None
        if span.end is None and end_span is not None:
            span = replace(span, end=end_span.start)
        read = timed_item(span, title)
    else:
        item = item_from_rest(title, timed=minutes is not None)
        if item is None:
            return None
        read = Read(item)
    item = read.item
    if minutes is not None and item.end is None and not item.phases:
        item = replace(item, minutes=minutes)
    presenter = _cell(cells, columns.presenter).replace("\n", ", ")
    description = list(title_lines[1:])
    if presenter and not item.presenter:
        item = replace(item, presenter=presenter)
    elif presenter:
        description.append(presenter)
    description += [line.strip() for i, cell in enumerate(cells) if i not in columns.used()
                    for line in cell.split("\n") if line.strip()]
    return Read(replace(item, description=tuple(description)), read.start, read.end)


def row_text(cells: Sequence[str]) -> str:
    """A row as one line for the preview and for notes: its non-empty cells joined by " | "."""
    return " | ".join(" / ".join(part.strip() for part in cell.split("\n") if part.strip())
                      for cell in cells if cell.strip())


def continuation(cells: Sequence[str]) -> str:
    """A row without a time that belongs to the row above, as one description line."""
    return " – ".join(" ".join(cell.split()) for cell in cells if cell.strip())


def blank_row(cells: Sequence[str]) -> bool:
    return not any(cell.strip() for cell in cells)


def is_item(read: Read | None) -> bool:
    return read is not None and isinstance(read.item, ParsedItem)
