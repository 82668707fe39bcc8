"""One line of text on its own: an item (timed, numbered or with a length), a day heading, or text.

What the neighbouring lines change (the afternoon of a 12-hour time, where a start-only item
ends, umbrella blocks, the day's closing line) is decided afterwards by ``sequence``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from facilitator.domain.kind_words import guess_kind
from facilitator.domain.kinds import ItemKind
from facilitator.domain.programme.clocks import Clock, Span, leading_span, normalise_spaces, trailing_span
from facilitator.domain.programme.durations import split_dashed, split_parenthesis
from facilitator.domain.programme.model import DayHeading, ParsedItem, ParsedPhase
from facilitator.domain.programme.words import day_heading, split_presenter

ESCAPE = "\\"
BULLET_CHARS = "-*•·–—|>▪◦○●■□➢➤→ \t"
_NUMBERED = re.compile(r"^(?:(?:top|punkt|item|pkt\.?|point)\s*)?(?P<number>\d{1,2})\s*[.):]\s+(?=\S)",
                       re.IGNORECASE)
_BULLETED = re.compile(r"^[-*•·–—▪◦○●■□➢➤→]\s*")
_LONGEST_BARE = 100  # a longer numbered line is a point of prose, not a programme item
DECORATION = re.compile(r"^[\s|\-=_*~+:#•·–—]+$")


@dataclass(frozen=True)
class Read:
    """A line read as an item, with the clocks as written for the sequence pass."""

    item: ParsedItem
    start: Clock | None = None
    end: Clock | None = None
    numbered: bool = False


def clean_title(text: str) -> str:
    """A title without the separators left around it ("– Velkomst :")."""
    return text.strip().strip(":|–—-").strip()


def item_from_rest(rest: str, timed: bool) -> ParsedItem | None:
    """The title part of a line; ``None`` when an untimed line has no length written."""
    rest = clean_title(rest)
    minutes: int | None = None
    phases: tuple[ParsedPhase, ...] = ()
    split = split_parenthesis(rest)
    if split is not None:
        rest, minutes, phases = split
    if not timed and minutes is None and not phases:
        return None
    title, presenter = split_presenter(clean_title(rest))
    kind = guess_kind(title)
    if kind is ItemKind.OTHER and phases:
        kind = max(phases, key=lambda phase: phase.minutes).kind
    return ParsedItem(title, kind, presenter, minutes=minutes, phases=phases)


def timed_item(span: Span, rest: str) -> Read:
    """An item from a span and the text after it; the times are as written (no half-day read yet)."""
    item = item_from_rest(rest, timed=True)
    assert item is not None
    end = span.end.minutes if span.end is not None else None
    timed = ParsedItem(item.title, item.kind, item.presenter, span.start.minutes, end,
                       item.minutes if end is None else None, item.phases)
    return Read(timed, span.start, span.end)


def _numbered_or_bulleted(line: str, timed_programme: bool) -> Read | None:
    """``"1. Opening (15 minutes):"``, ``"3. Gruppearbejde – 45 min"``, ``"- Kaffe – 15 min"``, ``"2) Pause"``."""
    numbered = _NUMBERED.match(line)
    bulleted = None if numbered else _BULLETED.match(line)
    if not (numbered or bulleted):
        return None
    rest = line[(numbered or bulleted).end():].strip()  # type: ignore[union-attr]
    item = item_from_rest(rest, timed=False)
    if item is None:
        dashed = split_dashed(rest)
        if dashed is not None:
            title, presenter = split_presenter(clean_title(dashed[0]))
            item = ParsedItem(title, guess_kind(title), presenter, minutes=dashed[1])
        elif numbered and not timed_programme and any(ch.isalpha() for ch in rest) and len(rest) <= _LONGEST_BARE:
            title, presenter = split_presenter(clean_title(rest))
            item = ParsedItem(title, guess_kind(title), presenter)
    return Read(item, numbered=bool(numbered)) if item is not None else None


def read_line(line: str, *, timed_programme: bool) -> Read | DayHeading | None:
    """What a stripped, non-blank line is on its own; ``None`` for plain text.

    ``timed_programme`` says other lines carry clock times: then a numbered line without a
    length is a point of the item above, not an item of its own.
    """
    if line.startswith(ESCAPE):
        return None
    text = normalise_spaces(line)
    span = leading_span(text)
    if span is not None:
        return timed_item(span, text[span.rest:])
    trailing = trailing_span(text.lstrip(BULLET_CHARS))
    if trailing is not None:
        return timed_item(trailing[1], trailing[0])
    read = _numbered_or_bulleted(text, timed_programme)
    if read is not None:
        return read
    item = item_from_rest(text.lstrip(BULLET_CHARS), timed=False)
    if item is not None:
        return Read(item)
    if day_heading(text) is not None:
        return DayHeading(line)
    return None


def has_clock(line: str, *, cell: bool = False) -> bool:
    """Whether a line (or table cell) starts or ends with a clock time (for what numbered lines are)."""
    text = normalise_spaces(line.strip())
    if text.startswith(ESCAPE):
        return False
    return leading_span(text, cell=cell) is not None or trailing_span(text.lstrip(BULLET_CHARS)) is not None
