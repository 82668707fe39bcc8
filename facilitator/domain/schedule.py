"""Planned clock times of a programme, its warnings, and how far a running day is from its plan.

Times are minutes after midnight of the workshop day (``int``), the unit the store uses; a value
of 1440 or more is the next day. A pinned clock time is read on the day the programme has reached
when it comes: the reading nearest to where the item before it ends. A lunch pinned at 12.15 in
a day moved to start at 12.30 is an overlap to resolve, not tomorrow's lunch; an evening session
pinned to 00.30 after items that run until 23.50 is the next day. Nothing here mutates its
input: every function returns new values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
import math
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

MINUTES_PER_DAY = 24 * 60
T = TypeVar("T")


def by_day(things: Iterable[T], day_of: Callable[[T], int]) -> list[tuple[int, list[T]]]:
    """``things`` grouped by the programme day ``day_of`` gives, days in order, each day's
    things in the order given: a one-day workshop is one group."""
    days: dict[int, list[T]] = {}
    for thing in things:
        days.setdefault(day_of(thing), []).append(thing)
    return sorted(days.items())


@dataclass(frozen=True)
class PlannedItem:
    """What the schedule needs of one agenda item.

    ``minutes`` is ignored when the item has phases: then the duration is their sum. ``fixed``
    items keep their duration when the rest of the day is compressed (a catered lunch). ``day``
    counts the days of a longer programme (0 = the first).
    """

    minutes: int = 0
    pinned_start: int | None = None
    phases_minutes: tuple[int, ...] = ()
    fixed: bool = False
    day: int = 0

    @property
    def duration(self) -> int:
        """The planned length: the sum of the phases when there are any."""
        return sum(self.phases_minutes) if self.phases_minutes else max(self.minutes, 0)


@dataclass(frozen=True)
class ScheduledPhase:
    """A phase's planned clock times."""

    start: int
    end: int


@dataclass(frozen=True)
class ScheduledItem:
    """An item's planned clock times and how a pin bends the flow around it.

    ``gap_before`` is the start minus the previous item's end (the day's start for the first
    item): positive is a gap, negative an overlap, zero when the item simply follows.
    ``gap_after`` is the next item's ``gap_before`` (zero for the last item).
    """

    index: int
    start: int
    end: int
    minutes: int
    pinned: bool
    gap_before: int
    gap_after: int
    phases: tuple[ScheduledPhase, ...] = ()
    day: int = 0


class WarningKind(StrEnum):
    """Things worth a second look in a plan; none of them stops the user."""

    OVERLAP = "overlap"
    BEFORE_START = "before_start"  # the first item is pinned before the day starts
    GAP = "gap"
    PAST_MIDNIGHT = "past_midnight"
    ZERO_MINUTES = "zero_minutes"
    PAST_DAY_END = "past_day_end"


@dataclass(frozen=True)
class ScheduleWarning:
    """One warning: which item (``None`` for the whole day) and how many minutes are at stake."""

    kind: WarningKind
    index: int | None
    minutes: int = 0


@dataclass(frozen=True)
class Schedule:
    """The planned day: items with clock times, warnings, and the day's overall end."""

    items: tuple[ScheduledItem, ...]
    warnings: tuple[ScheduleWarning, ...]
    start: int
    end: int

    def warnings_for(self, index: int) -> tuple[ScheduleWarning, ...]:
        """The warnings attached to one item, for a table row's tooltip."""
        return tuple(w for w in self.warnings if w.index == index)


def pinned_minute(clock: int, near: int) -> int:
    """The day-relative minute of a pinned clock time: its reading nearest to ``near``.

    ``near`` is where the programme has got to (the end of the item before). Twelve hours
    either way decide: up to twelve hours earlier is an overlap on the same day, later is a gap,
    and only a pin more than twelve hours "earlier" is read as the next day. Never negative.
    """
    reading = near + (clock - near + MINUTES_PER_DAY // 2) % MINUTES_PER_DAY - MINUTES_PER_DAY // 2
    return reading if reading >= 0 else reading + MINUTES_PER_DAY


def plan(
    items: Sequence[PlannedItem],
    day_start: int,
    day_end: int | None = None,
    *,
    start_at: int | None = None,
    first_index: int = 0,
    pins_wait: bool = False,
) -> Schedule:
    """Lay the items out from ``day_start`` (or ``start_at``, when resuming mid-day).

    Pinned clock times are read near where the item before ends (:func:`pinned_minute`);
    ``first_index`` numbers the items when only the rest of a day is planned, so warnings point
    at the real rows. With
    ``pins_wait`` a pinned item starts at its time or when the room gets there, whichever is
    later: the *expected* times of a running day, where a lunch can absorb some drift but never
    pulls the afternoon earlier.

    Each later day of a longer programme starts afresh at its first item's pin (else at
    ``day_start``): its times are minutes of that day, with no gap or overlap to the day before.
    """
    cursor = day_start if start_at is None else start_at
    begin = cursor
    day = items[0].day if items else 0
    starts: list[tuple[int, int, bool]] = []  # start, gap_before, pinned
    for item in items:
        pinned = item.pinned_start is not None
        if item.day != day:  # a later day starts afresh at its first item's pin
            day = item.day
            cursor = item.pinned_start % MINUTES_PER_DAY if item.pinned_start is not None else day_start
        start = pinned_minute(item.pinned_start, cursor) if item.pinned_start is not None else cursor
        if pins_wait:
            start = max(start, cursor)
        starts.append((start, start - cursor, pinned))
        cursor = start + item.duration
    scheduled: list[ScheduledItem] = []
    for offset, (item, (start, gap_before, pinned)) in enumerate(zip(items, starts)):
        gap_after = starts[offset + 1][1] if offset + 1 < len(starts) else 0
        phase_start = start
        phases: list[ScheduledPhase] = []
        for minutes in item.phases_minutes:
            phases.append(ScheduledPhase(phase_start, phase_start + max(minutes, 0)))
            phase_start += max(minutes, 0)
        scheduled.append(
            ScheduledItem(
                index=first_index + offset,
                start=start,
                end=start + item.duration,
                minutes=item.duration,
                pinned=pinned,
                gap_before=gap_before,
                gap_after=gap_after,
                phases=tuple(phases),
                day=item.day,
            )
        )
    end = max((s.end for s in scheduled), default=begin)
    return Schedule(tuple(scheduled), _warnings(scheduled, day_end), begin, end)


def _warnings(items: Sequence[ScheduledItem], day_end: int | None) -> tuple[ScheduleWarning, ...]:
    found: list[ScheduleWarning] = []
    crossed_midnight = False
    for position, item in enumerate(items):
        if item.gap_before < 0:
            kind = WarningKind.BEFORE_START if position == 0 else WarningKind.OVERLAP
            found.append(ScheduleWarning(kind, item.index, -item.gap_before))
        elif item.gap_before > 0:
            found.append(ScheduleWarning(WarningKind.GAP, item.index, item.gap_before))
        if item.minutes == 0:
            found.append(ScheduleWarning(WarningKind.ZERO_MINUTES, item.index))
        if not crossed_midnight and item.end > MINUTES_PER_DAY:
            crossed_midnight = True
            found.append(ScheduleWarning(WarningKind.PAST_MIDNIGHT, item.index, item.end - MINUTES_PER_DAY))
    last_day = max((item.day for item in items), default=0)
    last_end = max((item.end for item in items if item.day == last_day), default=None)  # the last day's end
    if day_end is not None and last_end is not None and last_end > day_end:
        found.append(ScheduleWarning(WarningKind.PAST_DAY_END, None, last_end - day_end))
    return tuple(found)


def format_clock(minutes: int, separator: str = ".") -> str:
    """``"HH.MM"`` of a day-relative minute, wrapped past midnight (the Danish way of writing times)."""
    minutes %= MINUTES_PER_DAY
    return f"{minutes // 60:02d}{separator}{minutes % 60:02d}"


# --- a running day: how far the room is from the plan ---------------------------------------------


@dataclass(frozen=True)
class Drift:
    """How far the room is from the plan, for "7 min behind — expected end 15.37 (planned 15.30)"."""

    behind_min: int  # negative when ahead
    expected_end: int
    planned_end: int


def drift(current_end: int, current_end_expected: float, rest: Sequence[PlannedItem], planned_end: int) -> Drift:
    """Drift of the current item and the expected end of the day if nothing is replanned.

    Args:
        current_end: when the current (or next) item should end by the plan in force (the
            replanned time if the rest of the day was replanned).
        current_end_expected: when that item is now expected to end (minutes, may be fractional).
        rest: the items after it not yet started; pinned ones wait for the room, never pull earlier.
        planned_end: the end of the day as originally planned, for "(planned 15.30)".
    """
    expected = math.ceil(current_end_expected - 1e-9)
    projected = plan(rest, expected, pins_wait=True)
    behind = round(current_end_expected - current_end)
    return Drift(behind, projected.end, planned_end)


def scale_phases(phases: tuple[int, ...], minutes: int, step: int = 1) -> tuple[int, ...]:
    """Phases resized in proportion to their item's new length; they always sum to it.

    With ``step`` (and a length that is a multiple of it) every phase is a multiple of ``step``
    too: "10 min oplæg, 25 min drøftelse", not 9 and 26. Phases of no length at all give the
    whole length to the first phase.
    """
    if not phases or sum(phases) == minutes:
        return phases
    whole = sum(phases)
    if whole <= 0:
        return (minutes, *[0] * (len(phases) - 1))
    step = step if step > 1 and minutes % step == 0 else 1
    return tuple(round_to_total([length * minutes / whole for length in phases], minutes, step))


def round_to_total(values: Sequence[float], total: int, step: int = 1) -> list[int]:
    """Largest-remainder rounding: multiples of ``step`` close to ``values`` that sum to ``total``.

    ``total`` must be a multiple of ``step``.
    """
    units = [v / step for v in values]
    floors = [math.floor(u + 1e-9) for u in units]
    order = sorted(range(len(units)), key=lambda i: floors[i] - units[i])
    for i in order[: total // step - sum(floors)]:
        floors[i] += 1
    return [f * step for f in floors]
