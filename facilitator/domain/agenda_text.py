"""Reading and writing programmes as the plain text people really type ("12.30-12.50: Oplæg ...").

The parser never raises and never drops content: every non-blank line becomes an item, a
description line of the item above, a day heading, or a note (a line it could not place).
Decoration such as ``|---|---|`` is the only thing recognised and not kept. The printer writes
the same forms back so that ``parse(print(p)) == p``; a description or note line that would be
read as something else is escaped with a leading backslash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from facilitator.domain.kind_words import guess_kind
from facilitator.domain.kinds import ItemKind
from facilitator.domain.schedule import MINUTES_PER_DAY, format_clock
from facilitator.domain.text import clean_text

ESCAPE = "\\"
_BULLET = r"(?:[-*•·–—|]\s*)*"
_BULLET_CHARS = "-*•·–—| \t"
_KL = r"(?:kl\.?|klokken)\s*"
_CLOCK = r"(?P<{0}h>[01]?\d|2[0-4])[.:,](?P<{0}m>[0-5]\d)"
_DASH = r"\s*[-–—]\s*"
_RANGE = re.compile(
    rf"^{_BULLET}(?:{_KL})?{_CLOCK.format('s')}(?:{_DASH}(?:{_KL})?{_CLOCK.format('e')})?"
    r"(?P<sep>\s*[:|.\-–—]\s*|\s+|$)",
    re.IGNORECASE,
)
# "1000-1100 | Keynote |": four-digit times only in a table row or after "kl.", never for years.
_COMPACT = re.compile(
    rf"^{_BULLET}(?P<kl>{_KL})?(?P<sh>[01]\d|2[0-4])(?P<sm>[0-5]\d)"
    r"(?:\s*[-–—]\s*(?P<eh>[01]\d|2[0-4])(?P<em>[0-5]\d))?(?P<sep>\s*\|\s*|\s*:\s+|\s+|$)",
    re.IGNORECASE,
)
_UNIT_WORDS = r"minutter|minutes|minute|minut|mins|min|timer|time|hours|hour|hrs|t|h"
_AMOUNT_DIGITS = r"\d{1,4}(?:[.,]\d+)?|\d{0,3}½"
_UNIT = rf"(?P<unit>{_UNIT_WORDS})\.?"
_AMOUNT = rf"(?P<amount>{_AMOUNT_DIGITS})"
_DURATION = re.compile(rf"^{_AMOUNT}\s*{_UNIT}(?:\s+(?P<label>.*))?$", re.IGNORECASE)
_DURATION_AFTER = re.compile(rf"^(?P<label>.*?)\s+{_AMOUNT}\s*{_UNIT}$", re.IGNORECASE)
_LONGEST_DURATION_TEXT = 200  # a longer "part" is prose, and the regexes stay linear on it
_SEPARATOR = r"\s*(?:,|;|\+|\bog\b|\band\b)\s*"
_PART_SPLIT = re.compile(_SEPARATOR, re.IGNORECASE)
# Only before the next "N min": lets a phase label hold a comma ("10 min oplæg: mål, midler, 20 min ...").
_PHASE_SPLIT = re.compile(rf"{_SEPARATOR}(?=(?:{_AMOUNT_DIGITS})\s*(?:{_UNIT_WORDS})\b)", re.IGNORECASE)
_PRESENTER = re.compile(r"\s(?:v/|v\.\s|ved\s+(?=[A-ZÆØÅ])|by\s+(?=[A-Z]))")
_DAY_NAMES = (
    "mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|"
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
_DAY = re.compile(
    rf"^(?:(?:{_DAY_NAMES})\b[^:]{{0,40}}|(?:dag|day)\s+\d{{1,2}}\b[^:]{{0,40}}):?$", re.IGNORECASE
)
_DECORATION = re.compile(r"^[\s|\-=_*~+:#•·–—]+$")

@dataclass(frozen=True)
class ParsedPhase:
    """A phase written inside an item: "10 min oplæg"."""

    minutes: int
    label: str
    kind: ItemKind


@dataclass(frozen=True)
class ParsedItem:
    """An item as written. Times are day-relative minutes; ``minutes`` is a written duration."""

    title: str
    kind: ItemKind = ItemKind.OTHER
    presenter: str = ""
    start: int | None = None
    end: int | None = None
    minutes: int | None = None
    phases: tuple[ParsedPhase, ...] = ()
    description: tuple[str, ...] = ()


@dataclass(frozen=True)
class Note:
    """A line the parser could not place; kept so nothing the user wrote is lost."""

    text: str


@dataclass(frozen=True)
class DayHeading:
    """A heading such as "Lørdag:" that starts a day of a longer programme."""

    text: str


Entry = ParsedItem | Note | DayHeading


@dataclass(frozen=True)
class Programme:
    """What a text said, in order."""

    entries: tuple[Entry, ...] = ()

    @property
    def items(self) -> tuple[ParsedItem, ...]:
        return tuple(entry for entry in self.entries if isinstance(entry, ParsedItem))


class LineRole(StrEnum):
    """What a line of the input became; the preview shows this per line."""

    ITEM = "item"
    DESCRIPTION = "description"
    DAY = "day"
    NOTE = "note"  # could not be placed: kept as a note
    BLANK = "blank"
    DECORATION = "decoration"


@dataclass(frozen=True)
class LineResult:
    """One input line and the entry (index into ``Programme.entries``) it went into."""

    number: int
    text: str
    role: LineRole
    entry: int | None = None


@dataclass(frozen=True)
class ParseResult:
    """The programme and the line-by-line account of how it was read."""

    programme: Programme
    lines: tuple[LineResult, ...] = field(default=())


# --- reading --------------------------------------------------------------------------------


def _minutes_of(amount: str, unit: str) -> int:
    if amount.endswith("½"):
        value = float(amount[:-1] or 0) + 0.5
    else:
        value = float(amount.replace(",", "."))
    hours = unit.lower().rstrip(".") in {"t", "h", "time", "timer", "hour", "hours", "hrs"}
    return round(value * 60) if hours else round(value)


def _duration_part(text: str) -> tuple[int, str] | None:
    """``"10 min oplæg"`` or ``"oplæg 10 min"`` as (minutes, label), else ``None``."""
    if len(text) > _LONGEST_DURATION_TEXT:
        return None
    match = _DURATION.match(text) or _DURATION_AFTER.match(text)
    if not match:
        return None
    return _minutes_of(match["amount"], match["unit"]), (match["label"] or "").strip()


def _split_parenthesis(text: str) -> tuple[str, int | None, tuple[ParsedPhase, ...]] | None:
    """A trailing ``(20 min)`` or ``(10 min oplæg, 20 min gruppearbejde)`` taken off a title."""
    opening = text.rfind("(")
    if not text.endswith(")") or opening < 0 or ")" in text[opening + 1 : -1]:
        return None
    inner = text[opening + 1 : -1].strip()
    if len(inner) > _LONGEST_DURATION_TEXT:
        return None
    durations: list[tuple[int, str]] = []
    for splitter in (_PART_SPLIT, _PHASE_SPLIT):
        read = [_duration_part(part) for part in splitter.split(inner) if part]
        if read and all(value is not None for value in read):
            durations = [value for value in read if value is not None]
            break
    if not durations:
        return None
    head = text[:opening].strip()
    if len(durations) == 1 and not durations[0][1]:
        return head, durations[0][0], ()
    phases = tuple(ParsedPhase(minutes, label, guess_kind(label)) for minutes, label in durations)
    return head, None, phases


def _split_presenter(text: str) -> tuple[str, str]:
    match = _PRESENTER.search(text)
    if not match or not text[match.end() :].strip():
        return text, ""
    return text[: match.start()].strip(), text[match.end() :].strip()


def _item_from_rest(rest: str, start: int | None, end: int | None, timed: bool) -> ParsedItem | None:
    """The title part of an item line; ``None`` when an untimed line has no duration."""
    rest = rest.strip()
    minutes: int | None = None
    phases: tuple[ParsedPhase, ...] = ()
    split = _split_parenthesis(rest)
    if split is not None and not (split[1] is not None and end is not None):
        rest, minutes, phases = split
    if not timed and minutes is None and not phases:
        return None
    title, presenter = _split_presenter(rest)
    kind = guess_kind(title)
    if kind is ItemKind.OTHER and phases:
        kind = max(phases, key=lambda phase: phase.minutes).kind
    return ParsedItem(title, kind, presenter, start, end, minutes, phases)


def _table_rest(rest: str) -> tuple[str, str, tuple[str, ...]]:
    """Cells of a table row after the time: title, presenter, then the rest as description."""
    cells = [cell.strip() for cell in rest.split("|")]
    cells = [cell for cell in cells if cell]
    if not cells:
        return "", "", ()
    return cells[0], cells[1] if len(cells) > 1 else "", tuple(cells[2:])


def _clock(hours: str, minutes: str) -> int:
    return int(hours) * 60 + int(minutes)


def _parse_item(line: str) -> ParsedItem | None:
    """An item line (timed or duration-only), or ``None``."""
    match = _RANGE.match(line)
    compact = _COMPACT.match(line)
    if compact and not (compact["kl"] or "|" in line):
        compact = None
    chosen = match or compact
    if chosen is None:
        return _item_from_rest(line.lstrip(_BULLET_CHARS), None, None, timed=False)
    start = _clock(chosen["sh"], chosen["sm"]) % MINUTES_PER_DAY
    end = _clock(chosen["eh"], chosen["em"]) if chosen["eh"] else None
    if end is not None and end < start:
        end += MINUTES_PER_DAY
    rest = line[chosen.end():]
    if "|" in chosen["sep"] or rest.rstrip().endswith("|"):
        title, presenter, extra = _table_rest(rest)
        item = _item_from_rest(title, start, end, timed=True)
        assert item is not None
        if presenter and not item.presenter:
            item = ParsedItem(item.title, item.kind, presenter, start, end, item.minutes, item.phases)
        elif presenter:
            extra = (presenter, *extra)
        return ParsedItem(item.title, item.kind, item.presenter, start, end, item.minutes, item.phases, extra)
    return _item_from_rest(rest, start, end, timed=True)


def _classify(stripped: str) -> Entry | None:
    """What a non-blank, stripped line is on its own: an item, a day heading, or plain text."""
    if stripped.startswith(ESCAPE):
        return None
    item = _parse_item(stripped)
    if item is None and _DAY.match(stripped):
        return DayHeading(stripped)
    return item


def _unescape(text: str) -> str:
    """Drop the printer's escape; a lone backslash is text in its own right and stays."""
    if not text.startswith(ESCAPE):
        return text
    return text[1:].strip() or text


def decode_programme(data: bytes) -> str:
    """Bytes of a text file as typed on any laptop: UTF-8 (with or without BOM), else Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse(text: str) -> ParseResult:
    """Read a pasted or opened programme. Never raises; nothing but decoration is left out."""
    entries: list[Entry] = []
    results: list[LineResult] = []
    open_item: int | None = None  # index of the item whose description may continue
    after_blank = False  # a blank line since the open item: from then on only indented lines join it
    for number, raw in enumerate(clean_text(text).split("\n"), start=1):
        stripped = raw.strip()
        if not stripped:
            results.append(LineResult(number, raw, LineRole.BLANK))
            after_blank = True
            continue
        if _DECORATION.match(stripped):
            results.append(LineResult(number, raw, LineRole.DECORATION))
            continue
        entry = _classify(stripped)
        indented = raw[:1].isspace()
        if entry is not None:
            entries.append(entry)
            open_item = len(entries) - 1 if isinstance(entry, ParsedItem) else None
            role = LineRole.ITEM if isinstance(entry, ParsedItem) else LineRole.DAY
            results.append(LineResult(number, raw, role, len(entries) - 1))
            after_blank = False
        elif open_item is not None and (not after_blank or indented):
            item = entries[open_item]
            assert isinstance(item, ParsedItem)
            entries[open_item] = _with_description(item, _unescape(stripped))
            results.append(LineResult(number, raw, LineRole.DESCRIPTION, open_item))
        else:
            open_item = None
            entries.append(Note(_unescape(stripped)))
            results.append(LineResult(number, raw, LineRole.NOTE, len(entries) - 1))
    return ParseResult(Programme(tuple(entries)), tuple(results))


def _with_description(item: ParsedItem, line: str) -> ParsedItem:
    return ParsedItem(
        item.title, item.kind, item.presenter, item.start, item.end, item.minutes, item.phases,
        (*item.description, line),
    )


# --- writing --------------------------------------------------------------------------------


def _format_minutes(minutes: int) -> str:
    return f"{minutes} min"


def item_line(item: ParsedItem) -> str:
    """One item as a line: ``13.25-13.55: Title v/ Presenter (10 min oplæg, 20 min gruppearbejde)``."""
    parts: list[str] = []
    if item.start is not None:
        clock = format_clock(item.start)
        if item.end is not None:
            midnight = item.end > item.start and item.end % MINUTES_PER_DAY == 0
            clock += "-" + ("24.00" if midnight else format_clock(item.end))
        parts.append(clock + ":")
    text = item.title
    if item.presenter:
        text += " v/ " + item.presenter
    if item.phases:
        inner = ", ".join(f"{_format_minutes(p.minutes)} {p.label}".rstrip() for p in item.phases)
        text += f" ({inner})"
    elif item.minutes is not None:
        text += f" ({_format_minutes(item.minutes)})"
    parts.append(text)
    return " ".join(part for part in parts if part) if text else parts[0]


def _plain(text: str) -> str:
    """A description or note line, escaped when on its own it would read as something else."""
    if text.startswith(ESCAPE) or _classify(text) is not None or _DECORATION.match(text):
        return ESCAPE + text
    return text


def print_programme(programme: Programme) -> str:
    """The programme as plain text that :func:`parse` reads back to the same programme."""
    lines: list[str] = []
    previous: Entry | None = None
    for entry in programme.entries:
        if isinstance(entry, ParsedItem):
            lines.append(item_line(entry))
            lines.extend("    " + _plain(line) for line in entry.description)
        elif isinstance(entry, DayHeading):
            if lines:
                lines.append("")
            lines.append(entry.text)
        else:
            if isinstance(previous, ParsedItem):
                lines.append("")
            lines.append(_plain(entry.text))
        previous = entry
    return "\n".join(lines) + ("\n" if lines else "")
