"""Clock times as written in Danish, Norwegian, Swedish, German, French and English programmes.

"12.30", "9:00", "19,00", "8h45", "11h", "9.15 Uhr", "Kl. 08.30", "kl. 9", "9.00 am", "0900" (in a
table cell or after "kl."), alone or as a span ("09.00 – 09.30", "9 til 10", "9–10 Uhr",
"11:45-01:30pm"). A bare number ("10 - 12 ideas", "2 à 3 groupes") is never a time: an hour
without minutes needs "kl."/"um"/"à"…, "Uhr"/"h"/"am"/"pm", or a partner with minutes.

Only what is written is read here; which half of the day an unmarked 12-hour time is in is
decided by :mod:`facilitator.domain.programme.sequence`, which sees the neighbouring items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MINUTES_PER_DAY = 24 * 60
HALF_DAY = 12 * 60

# Characters that separate words like a space: no-break, figure, narrow no-break, ideographic.
SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u3000": " ", "\u2009": " "})
_PREFIX = r"(?:(?:kl|klo|klokken|klockan|kello|um|ab|ca|à|at|from|fra|frå|från|von|dès|de)\.?:?\s*)"
_LETTER_AHEAD = r"(?![^\W\d_])"


def _time(name: str) -> str:
    return (
        rf"(?P<{name}h>\d{{1,2}})"
        rf"(?:(?P<{name}sep>[.:,]|\s?h\s?)(?P<{name}m>\d{{2}})|(?P<{name}hm>h){_LETTER_AHEAD})?"
        r"(?![.,:]?\d)"
        rf"(?:\s*(?P<{name}x>uhr|am|pm|a\.m\.|p\.m\.|o'clock|h{_LETTER_AHEAD}))?"
    )


def _compact(name: str) -> str:
    return rf"(?P<{name}h>[01]\d|2[0-4])(?P<{name}m>[0-5]\d)(?!\d)"


_RANGE_SEP = r"(?:\s*[-–—‐‑−]+\s*|\s+(?:til|to|till|bis|à|until|och|-)\s+)"
_AFTER = r"(?P<sep>\s*[:|.\-–—]\s*|\s+|$)"
_SPAN = re.compile(
    rf"^(?P<kl>{_PREFIX})?{_time('s')}(?:{_RANGE_SEP}{_PREFIX}?{_time('e')})?{_AFTER}", re.IGNORECASE
)
_COMPACT_SPAN = re.compile(
    rf"^(?P<kl>{_PREFIX})?{_compact('s')}(?:\s*[-–—]\s*{_compact('e')})?(?P<sep>\s*\|\s*|\s*:\s+|\s+|$)",
    re.IGNORECASE,
)
_TRAILING_SPAN = re.compile(
    rf"[\s(\[]{_PREFIX}?{_time('s')}{_RANGE_SEP}{_PREFIX}?{_time('e')}\s*[)\]]?\s*$", re.IGNORECASE
)
_BULLET = re.compile(r"^(?:[-*•·–—|>]\s*)+")


@dataclass(frozen=True)
class Clock:
    """One written time. ``ambiguous`` when it may be a 12-hour time of the afternoon ("1:15")."""

    hour: int
    minute: int
    marker: str | None = None  # "am" or "pm" when written
    ambiguous: bool = False

    @property
    def minutes(self) -> int:
        """Minutes after midnight as written (am/pm applied)."""
        hour = self.hour
        if self.marker == "pm" and hour < 12:
            hour += 12
        elif self.marker == "am" and hour == 12:
            hour = 0
        return hour * 60 + self.minute

    def with_marker(self, marker: str | None) -> Clock:
        return Clock(self.hour, self.minute, marker, self.ambiguous and marker is None)


@dataclass(frozen=True)
class Span:
    """A start time, maybe an end time, and where the text after them begins."""

    start: Clock
    end: Clock | None
    rest: int  # index of the text after the span and its separator
    separator: str


def normalise_spaces(text: str) -> str:
    """No-break and other special spaces as plain spaces, so a pasted line reads like a typed one."""
    return text.translate(SPACES)


def _marker(word: str | None) -> str | None:
    if not word:
        return None
    word = word.lower().replace(".", "")
    return word if word in ("am", "pm") else None


Groups = dict[str, "str | None"]


def _clock(match: Groups, name: str, allowed: bool) -> Clock | None:
    """The clock of group ``name``; ``allowed`` says an hour without minutes is acceptable."""
    written = match[f"{name}h"]
    assert written is not None
    hour = int(written)
    minutes = match.get(f"{name}m")
    minute = int(minutes) if minutes else 0
    suffix = match.get(f"{name}x")
    marked = bool(suffix or match.get(f"{name}hm"))
    if minutes is None and not (allowed or marked):
        return None
    marker = _marker(suffix)
    if hour > 24 or minute > 59 or (hour == 24 and minute) or (marker and not 1 <= hour <= 12):
        return None
    ambiguous = marker is None and 1 <= hour <= 12 and not written.startswith("0") and not _continental(match, name)
    return Clock(hour, minute, marker, ambiguous)


def _continental(match: Groups, name: str) -> bool:
    """Written the French or German way ("8h45", "11h", "9 Uhr"): a 24-hour clock."""
    suffix = (match.get(f"{name}x") or "").lower()
    separator = (match.get(f"{name}sep") or "").lower()
    return suffix in ("h", "uhr") or "h" in separator or bool(match.get(f"{name}hm"))


def _has_mark(match: Groups, name: str) -> bool:
    return bool(match.get(f"{name}m") or match.get(f"{name}x") or match.get(f"{name}hm"))


def _span(found: re.Match[str], compact: bool) -> Span | None:
    match: Groups = found.groupdict()
    prefixed = bool(match["kl"])
    has_end = match.get("eh") is not None
    end_marked = has_end and _has_mark(match, "e")
    start = _clock(match, "s", prefixed or end_marked or compact)
    if start is None:
        return None
    end = None
    if has_end:
        end = _clock(match, "e", prefixed or _has_mark(match, "s") or compact)
        if end is None:
            return None
    if end is not None and end.marker and not start.marker:
        start = _start_marker(start, end)
    elif end is not None and _continental(match, "e") and start.ambiguous:
        start = Clock(start.hour, start.minute)
    return Span(start, end, found.end(), match["sep"] or "")


def _start_marker(start: Clock, end: Clock) -> Clock:
    """am/pm written after the end only ("07:00-09:30pm"): the start shares it unless that runs backwards."""
    if not 1 <= start.hour <= 12:
        return start
    shared = start.with_marker(end.marker)
    if shared.minutes <= end.minutes:
        return shared
    return start.with_marker("am" if end.marker == "pm" else "pm")


def leading_span(text: str, *, cell: bool = False) -> Span | None:
    """The time or span a line (or, with ``cell``, a table cell) starts with, after any bullet.

    Four-digit times ("0900") count only after "kl." or in a table cell: elsewhere they are years.
    """
    if not any(ch.isdigit() for ch in text[:40]):
        return None  # every time starts within the first characters
    offset = 0
    bullet = _BULLET.match(text)
    if bullet:
        offset = bullet.end()
    body = text[offset:]
    match = _SPAN.match(body)
    span = _span(match, compact=False) if match else None
    if span is None:
        compact = _COMPACT_SPAN.match(body)
        if compact and (compact["kl"] or cell or "|" in compact["sep"]):
            span = _span(compact, compact=True)
    if span is None:
        return None
    return Span(span.start, span.end, span.rest + offset, span.separator)


def trailing_span(text: str) -> tuple[str, Span] | None:
    """A span at the end of a line ("Velkomst og kaffe ..... 09.00–09.30"): the text before it and the span."""
    tail = text.rstrip(" )]\t").lower()
    if not tail or not (tail[-1].isdigit() or tail.endswith(("h", "uhr", "am", "pm", "m.", "o'clock"))):
        return None  # a span at the end ends in its last time
    found = _TRAILING_SPAN.search(text)
    if not found:
        return None
    match: Groups = found.groupdict()
    head = text[: found.start()].rstrip(" .…·:–—-\t")
    if not head.strip() or not any(ch.isalpha() for ch in head):
        return None
    start = _clock(match, "s", _has_mark(match, "e"))
    end = _clock(match, "e", _has_mark(match, "s"))
    if start is None or end is None:
        return None
    if end.marker and not start.marker:
        start = _start_marker(start, end)
    return head, Span(start, end, len(text), "")


def is_bare_time(text: str) -> bool:
    """A cell or line that holds nothing but a time or span ("09.00", "9:00 – 9:30", "kl. 9")."""
    span = leading_span(text.strip(), cell=True)
    return span is not None and not text.strip()[span.rest:].strip()
