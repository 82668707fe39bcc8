"""Reading dates and clock times as people type them into a Danish form.

A Danish form takes ``7.30``, ``07:30``, ``730`` or ``kl. 7.30`` for a time and ``23.01.2027``,
``23/1 2027``, ``23.1.27``, ``23012027`` or ``23. januar 2027`` for a date; the widgets call these
functions when the user has finished typing, so nothing is read half-typed. Both return ``None``
for what cannot be read: the caller keeps the text and says why, it never guesses.
"""

from __future__ import annotations

import datetime as dt
import re

# Optional "kl." in front; hours and minutes apart with . : , or a space, or run together (730).
_CLOCK = re.compile(
    r"^(?:kl\.?\s*)?(?:(?P<h>[01]?\d|2[0-3])(?:\s*[.:,\s]\s*(?P<m>[0-5]\d))?|(?P<hh>[01]?\d|2[0-3])(?P<mm>[0-5]\d))\.?$",
    re.IGNORECASE,
)

# Month names and their usual abbreviations, Danish and English (the two interface languages).
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januar", "january", "jan"),
            ("februar", "february", "feb"),
            ("marts", "march", "mar"),
            ("april", "apr"),
            ("maj", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
# "torsdag d. 30. januar 2018" as in an invitation: a weekday and "d." in front are skipped.
_LEAD = re.compile(
    r"^(?:(?:man|tirs|ons|tors|fre|lør|søn)dag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)?"
    r"[\s,]*(?:d\.|den)?\s*",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"^(\d{1,2})\s*[./\-\s]\s*(\d{1,2})(?:\.?\s*[./\-\s]?\s*(\d{2}|\d{4}))?\.?$")
_NAMED = re.compile(r"^(\d{1,2})\.?\s*([^\W\d_]+)\.?(?:\s+(\d{2}|\d{4}))?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_RUN_TOGETHER = re.compile(r"^(\d{2})(\d{2})(\d{2}|\d{4})$")


def parse_clock(text: str) -> int | None:
    """Minutes after midnight (0–1439) of a typed clock time, or ``None`` when it is not one."""
    match = _CLOCK.match(text.strip())
    if match is None:
        return None
    if match["hh"] is not None:
        return int(match["hh"]) * 60 + int(match["mm"])
    return int(match["h"]) * 60 + int(match["m"] or 0)


def _year(text: str | None, today: dt.date) -> int:
    """The year as typed; two digits are this century's; none is this year's."""
    if text is None:
        return today.year
    return int(text) + 2000 if len(text) == 2 else int(text)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:  # 31.02, month 13, day 0
        return None


def parse_date(text: str, today: dt.date) -> dt.date | None:
    """The date a person typed, day first; ``today`` gives the year when none is typed."""
    text = text.strip()
    if match := _ISO.match(text):
        return _date(int(match[1]), int(match[2]), int(match[3]))
    if match := _RUN_TOGETHER.match(text):
        return _date(_year(match[3], today), int(match[2]), int(match[1]))
    text = _LEAD.sub("", text, count=1)
    if match := _NUMERIC.match(text):
        return _date(_year(match[3], today), int(match[2]), int(match[1]))
    if (match := _NAMED.match(text)) and match[2].casefold() in _MONTHS:
        return _date(_year(match[3], today), _MONTHS[match[2].casefold()], int(match[1]))
    return None


def format_date(day: dt.date) -> str:
    """``23.01.2027``: how a date is shown in the form, and read back by :func:`parse_date`."""
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"
