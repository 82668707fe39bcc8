"""Written lengths: "(20 min)", "(10 min oplæg, 20 min gruppearbejde)", "– 45 min", "1½ time", "1h30".

A length inside a title that says something else ("3 x 20 min rotations with a break around
15h", "2 à 3 groupes", "x2") is not read: a label holding digits is prose, not a phase.
"""

from __future__ import annotations

import re

from facilitator.domain.kind_words import guess_kind
from facilitator.domain.programme.model import ParsedPhase

_HOUR_WORDS = {"t", "h", "time", "timer", "hour", "hours", "hrs", "std", "stunde", "stunden", "heure", "heures",
               "timme", "timmar", "tim"}
_UNIT_WORDS = (r"minutter|minuten|minuter|minutes|minute|minutt|minut|mins|min|timer|timmar|timme|time|tim|"
               r"stunden|stunde|std|heures|heure|hours|hour|hrs|t|h")
_AMOUNT_DIGITS = r"\d{1,4}(?:[.,]\d+)?|\d{0,3}½"
_UNIT = rf"(?P<unit>{_UNIT_WORDS})\.?"
_AMOUNT = rf"(?P<amount>{_AMOUNT_DIGITS})"
_HOURS_MINUTES = re.compile(r"^(?P<hours>\d{1,2})\s?h\s?(?P<minutes>[0-5]\d)(?:\s*min\.?)?$", re.IGNORECASE)
_DURATION = re.compile(rf"^{_AMOUNT}\s*{_UNIT}(?:\s+(?P<label>.*))?$", re.IGNORECASE)
_DURATION_AFTER = re.compile(rf"^(?P<label>.*?)\s+{_AMOUNT}\s*{_UNIT}$", re.IGNORECASE)
# "Gruppearbejde – 45 min", "Opening: 15 minutes", "Pause, 15 min." after a numbered or bulleted title.
_DASHED_AFTER = re.compile(rf"^(?P<label>.*?\S)\s*(?:[–—:,]|\s-)\s*(?P<length>(?:{_AMOUNT_DIGITS})\s*(?:{_UNIT_WORDS})\.?|\d{{1,2}}\s?h\s?[0-5]\d)$",
                           re.IGNORECASE)
LONGEST_DURATION_TEXT = 200  # a longer "part" is prose, and the regexes stay linear on it
_SEPARATOR = r"\s*(?:,|;|\+|\bog\b|\band\b|\bund\b|\bet\b|\boch\b)\s*"
_PART_SPLIT = re.compile(_SEPARATOR, re.IGNORECASE)
# Only before the next "N min": lets a phase label hold a comma ("10 min oplæg: mål, midler, 20 min ...").
_PHASE_SPLIT = re.compile(rf"{_SEPARATOR}(?=(?:{_AMOUNT_DIGITS})\s*(?:{_UNIT_WORDS})\b)", re.IGNORECASE)
UNIT_WORDS = frozenset(_UNIT_WORDS.split("|"))


def minutes_of(amount: str, unit: str) -> int:
    """``"1½", "time"`` → 90; ``"20", "min"`` → 20."""
    if amount.endswith("½"):
        value = float(amount[:-1] or 0) + 0.5
    else:
        value = float(amount.replace(",", "."))
    hours = unit.lower().rstrip(".") in _HOUR_WORDS
    return round(value * 60) if hours else round(value)


def length(text: str) -> int | None:
    """A length on its own ("45 min", "1 time", "1h30"), else ``None``."""
    text = text.strip()
    both = _HOURS_MINUTES.match(text)
    if both:
        return int(both["hours"]) * 60 + int(both["minutes"])
    part = duration_part(text)
    return part[0] if part is not None and not part[1] else None


def duration_part(text: str) -> tuple[int, str] | None:
    """``"10 min oplæg"`` or ``"oplæg 10 min"`` as (minutes, label), else ``None``."""
    if len(text) > LONGEST_DURATION_TEXT:
        return None
    match = _DURATION.match(text) or _DURATION_AFTER.match(text)
    if not match:
        return None
    label = (match["label"] or "").strip()
    if any(ch.isdigit() for ch in label):
        return None
    return minutes_of(match["amount"], match["unit"]), label


def split_parenthesis(text: str) -> tuple[str, int | None, tuple[ParsedPhase, ...]] | None:
    """A trailing ``(20 min)`` or ``(10 min oplæg, 20 min gruppearbejde)`` taken off a title.

    A colon after the parenthesis ("Opening and check-in (15 minutes):") is allowed.
    """
    text = text.rstrip(": ")
    opening = text.rfind("(")
    if not text.endswith(")") or opening < 0 or ")" in text[opening + 1 : -1]:
        return None
    inner = text[opening + 1 : -1].strip()
    if len(inner) > LONGEST_DURATION_TEXT:
        return None
    single = length(inner)
    if single is not None:
        return text[:opening].strip(), single, ()
    durations: list[tuple[int, str]] = []
    for splitter in (_PART_SPLIT, _PHASE_SPLIT):
        read = [duration_part(part) for part in splitter.split(inner) if part]
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


def split_dashed(text: str) -> tuple[str, int] | None:
    """A length after a dash or colon at the end of a title: ``"Gruppearbejde – 45 min"``."""
    if len(text) > LONGEST_DURATION_TEXT:
        return None
    match = _DASHED_AFTER.match(text.rstrip(" :"))
    if not match:
        return None
    minutes = length(match["length"])
    label = match["label"].rstrip(" –—:,-")
    if minutes is None or not label:
        return None
    return label, minutes
