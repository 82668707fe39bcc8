"""The one parser behind every door: source lines (text lines or table rows) → programme + account.

It never raises and never drops content: every non-blank line becomes an item, a description
line of the item above, a day heading, a block over later items, the day's closing line, or a
note (a line it could not place). Decoration such as ``|---|---|`` is the only thing left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from facilitator.domain.programme.lines import DECORATION, ESCAPE, Read, has_clock, read_line
from facilitator.domain.programme.model import (
    DayHeading,
    Entry,
    LineResult,
    LineRole,
    Note,
    ParsedItem,
    ParseResult,
    Programme,
    Remark,
)
from facilitator.domain.programme.sequence import resolve
from facilitator.domain.programme.tables import (
    Columns,
    blank_row,
    continuation,
    guess_columns,
    header_columns,
    read_row,
    row_text,
)
from facilitator.domain.programme.words import day_heading
from facilitator.domain.text import clean_text


@dataclass(frozen=True)
class SourceLine:
    """A line of a text, or a row of a table (``cells``) with the table it belongs to."""

    text: str
    cells: tuple[str, ...] | None = None
    table: int | None = None


def split_pipe_row(line: str) -> tuple[str, ...] | None:
    """``"| 10:00 | Keynote | Jane |"`` or ``"1000-1100 | Keynote |"`` as cells; ``None`` for other lines."""
    stripped = line.strip()
    if "|" not in stripped or stripped.startswith(ESCAPE):
        return None
    inner = stripped[1:] if stripped.startswith("|") else stripped
    inner = inner[:-1] if inner.endswith("|") else inner
    cells = tuple(cell.strip() for cell in inner.split("|"))
    return cells if len(cells) >= 2 or stripped.startswith("|") or stripped.endswith("|") else None


def text_lines(text: str) -> list[SourceLine]:
    """A text's lines; consecutive Markdown pipe rows form one table."""
    lines: list[SourceLine] = []
    table = 0
    in_table = False
    for raw in clean_text(text).split("\n"):
        cells = split_pipe_row(raw)
        if cells is not None and not DECORATION.match(raw.strip()):
            table += 0 if in_table else 1
            in_table = True
            lines.append(SourceLine(raw, cells, table))
        else:
            in_table = in_table and bool(raw.strip()) and bool(DECORATION.match(raw.strip()))
            lines.append(SourceLine(raw))
    return lines


def parse(text: str) -> ParseResult:
    """Read a pasted or opened plain-text (or Markdown) programme."""
    return parse_lines(text_lines(text))


class _State:
    """What the pass over the lines has built so far."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.reads: dict[int, Read] = {}  # entry index → the clocks as written
        self.results: list[LineResult] = []
        self.open_item: int | None = None
        self.open_indent = 0
        self.after_blank = False
        self.day = 0
        self.day_key: tuple[str, ...] | None = None
        self.items_today = 0

    def add(self, number: int, text: str, entry: Entry, role: LineRole, read: Read | None = None,
            remarks: tuple[Remark, ...] = ()) -> None:
        self.entries.append(entry)
        index = len(self.entries) - 1
        if read is not None:
            self.reads[index] = read
        self.results.append(LineResult(number, text, role, index, remarks))

    def add_item(self, number: int, text: str, read: Read, indent: int) -> None:
        self.add(number, text, replace(read.item, day=self.day), LineRole.ITEM, read)
        self.open_item = len(self.entries) - 1
        self.open_indent = indent
        self.after_blank = False
        self.items_today += 1

    def describe(self, number: int, text: str, line: str) -> None:
        assert self.open_item is not None
        item = self.entries[self.open_item]
        assert isinstance(item, ParsedItem)
        self.entries[self.open_item] = replace(item, description=(*item.description, line))
        self.results.append(LineResult(number, text, LineRole.DESCRIPTION, self.open_item))

    def note(self, number: int, text: str, line: str, role: LineRole = LineRole.NOTE) -> None:
        self.open_item = None
        self.add(number, text, Note(line), role)

    def heading(self, number: int, text: str, key: tuple[str, ...]) -> None:
        remarks: tuple[Remark, ...] = ()
        if self.day_key is None and self.items_today == 0:
            self.day_key = key
        elif key != self.day_key:
            self.day += 1
            self.day_key = key
            self.items_today = 0
            remarks = (Remark.NEW_DAY,)
        self.open_item = None
        self.add(number, text, DayHeading(text.strip(), self.day), LineRole.DAY, remarks=remarks)


def _unescape(text: str) -> str:
    """Drop the printer's escape; a lone backslash is text in its own right and stays."""
    if not text.startswith(ESCAPE):
        return text
    return text[1:].strip() or text


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip())


def _text_line(state: _State, number: int, raw: str, timed_programme: bool) -> None:
    stripped = raw.strip()
    read = read_line(stripped, timed_programme=timed_programme)
    indent = _indent(raw)
    joins = state.open_item is not None and (not state.after_blank or indent > 0)
    if isinstance(read, Read):
        untimed = read.start is None
        if untimed and joins and indent > state.open_indent:
            state.describe(number, raw, _unescape(stripped))  # a point under the item, not an item
        else:
            state.add_item(number, raw, read, indent)
    elif isinstance(read, DayHeading):
        state.heading(number, raw, day_heading(stripped) or ("text", stripped))
    elif joins:
        state.describe(number, raw, _unescape(stripped))
    else:
        state.note(number, raw, _unescape(stripped))


def _table_row(state: _State, number: int, line: SourceLine, columns: Columns, first: bool) -> None:
    cells = line.cells or ()
    text = row_text(cells)
    read = read_row(cells, columns)
    if read is not None:
        state.add_item(number, text, read, 0)
        return
    single = [cell for cell in cells if cell.strip()]
    key = day_heading(single[0].strip()) if len(single) == 1 and "\n" not in single[0] else None
    if key is not None:
        state.heading(number, text, key)
    elif first and header_columns(cells) is not None:
        state.note(number, text, text, LineRole.HEADER)
    elif state.open_item is not None:
        state.describe(number, text, continuation(cells))
    else:
        state.note(number, text, text)


def table_columns(lines: Sequence[SourceLine]) -> dict[int, Columns]:
    """Columns per table: from its first non-blank row when that is a header, else guessed."""
    rows: dict[int, list[tuple[str, ...]]] = {}
    for line in lines:
        if line.cells is not None and line.table is not None:
            rows.setdefault(line.table, []).append(line.cells)
    found: dict[int, Columns] = {}
    for table, cells in rows.items():
        filled = [row for row in cells if not blank_row(row)]
        header = header_columns(filled[0]) if filled else None
        found[table] = header if header is not None else guess_columns(filled)
    return found


def parse_lines(lines: Sequence[SourceLine], columns: dict[int, Columns] | None = None) -> ParseResult:
    """Read source lines in order; ``columns`` overrides the guessed columns of a table."""
    state = _State()
    chosen = {**table_columns(lines), **(columns or {})}
    timed_programme = any(has_clock(line.text) for line in lines if line.cells is None) or any(
        has_clock(cell, cell=True) for line in lines if line.cells is not None for cell in line.cells)
    seen_tables: set[int] = set()
    previous_table: int | None = None
    for number, line in enumerate(lines, start=1):
        raw = line.text
        if line.table != previous_table:
            state.open_item = None  # a table's edge ends the item above it
            previous_table = line.table
        if line.cells is not None and blank_row(line.cells) or not raw.strip() and line.cells is None:
            state.results.append(LineResult(number, raw, LineRole.BLANK))
            state.after_blank = line.cells is None
            continue
        if line.cells is None and DECORATION.match(raw.strip()):
            state.results.append(LineResult(number, raw, LineRole.DECORATION))
            continue
        if line.cells is not None and line.table is not None:
            first = line.table not in seen_tables
            seen_tables.add(line.table)
            _table_row(state, number, line, chosen.get(line.table, Columns()), first)
        else:
            _text_line(state, number, raw, timed_programme)
    entries, results = resolve(state.entries, state.reads, state.results)
    return ParseResult(Programme(tuple(entries)), tuple(results))
