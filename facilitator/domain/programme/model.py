"""What a programme says once read: items, notes, day headings, blocks and the day's closing line."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from facilitator.domain.kinds import ItemKind


@dataclass(frozen=True)
class ParsedPhase:
    """A phase written inside an item: "10 min oplæg"."""

    minutes: int
    label: str
    kind: ItemKind


@dataclass(frozen=True)
class ParsedItem:
    """An item as written. Times are day-relative minutes; ``minutes`` is a written duration.

    ``day`` counts the day headings that started a new day before the item (0 = the first day);
    ``end_inferred`` says the end was not written but taken from the next item or the day's end.
    """

    title: str
    kind: ItemKind = ItemKind.OTHER
    presenter: str = ""
    start: int | None = None
    end: int | None = None
    minutes: int | None = None
    phases: tuple[ParsedPhase, ...] = ()
    description: tuple[str, ...] = ()
    day: int = 0
    end_inferred: bool = False


@dataclass(frozen=True)
class Note:
    """A line the parser could not place; kept so nothing the user wrote is lost."""

    text: str


@dataclass(frozen=True)
class DayHeading:
    """A heading such as "Lørdag:" or "Day 2 – Tuesday 4 March"; ``day`` is the day it opens."""

    text: str
    day: int = 0


@dataclass(frozen=True)
class Block:
    """An umbrella line ("9:00 - 12:30 Morning block") whose span holds the items below it."""

    title: str
    start: int
    end: int
    description: tuple[str, ...] = ()


@dataclass(frozen=True)
class Closing:
    """The last line of a day when it only says the day ends ("16.00 Tak for i dag")."""

    title: str
    at: int


Entry = ParsedItem | Note | DayHeading | Block | Closing


@dataclass(frozen=True)
class Programme:
    """What a source said, in order."""

    entries: tuple[Entry, ...] = ()

    @property
    def items(self) -> tuple[ParsedItem, ...]:
        return tuple(entry for entry in self.entries if isinstance(entry, ParsedItem))

    @property
    def day_titles(self) -> tuple[str, ...]:
        """One title per day that has a heading ("" for a day without one), in day order."""
        days = max((entry.day for entry in self.entries if isinstance(entry, (ParsedItem, DayHeading))),
                   default=0)
        titles = [""] * (days + 1)
        for entry in self.entries:
            if isinstance(entry, DayHeading) and not titles[entry.day]:
                titles[entry.day] = entry.text.rstrip(":").strip()
        return tuple(titles) if any(titles) else ()

    @property
    def day_end(self) -> int | None:
        """The time the last day ends when its closing line says so."""
        closing = [entry for entry in self.entries if isinstance(entry, Closing)]
        return closing[-1].at if closing else None


class LineRole(StrEnum):
    """What a line of the input became; the preview shows this per line."""

    ITEM = "item"
    DESCRIPTION = "description"
    DAY = "day"
    BLOCK = "block"  # an umbrella over the items below it: kept as their heading
    CLOSING = "closing"  # sets the end of the day
    HEADER = "header"  # a table's column names: kept as a note
    NOTE = "note"  # could not be placed: kept as a note
    BLANK = "blank"
    DECORATION = "decoration"


class Remark(StrEnum):
    """Why a line was read the way it was, when that is not obvious from the line itself."""

    AFTERNOON = "afternoon"  # a 12-hour time read forward into the afternoon
    NEXT_DAY = "next_day"  # an end before its start, read as after midnight
    END_FROM_NEXT = "end_from_next"  # a start-only item ends where the next begins
    END_FROM_CLOSING = "end_from_closing"  # ... or where the day's closing line says
    PARALLEL = "parallel"  # starts at the same time as the item before it
    NO_LENGTH = "no_length"  # an item without a length: the user fills it in
    NEW_DAY = "new_day"  # a heading that starts another day
    BACKWARDS = "backwards"  # starts before the item above and could not be read forward


@dataclass(frozen=True)
class LineResult:
    """One source line and the entry (index into ``Programme.entries``) it went into.

    ``number`` is the line's place in its source (a text line, or a paragraph or table row of a
    document), counted from 1.
    """

    number: int
    text: str
    role: LineRole
    entry: int | None = None
    remarks: tuple[Remark, ...] = ()


@dataclass(frozen=True)
class ParseResult:
    """The programme and the line-by-line account of how it was read."""

    programme: Programme
    lines: tuple[LineResult, ...] = field(default=())
