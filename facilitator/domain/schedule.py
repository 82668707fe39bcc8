"""Planned clock times of a programme, its warnings, and the maths of replanning a running day.

Times are minutes after midnight of the workshop day (``int``), the unit the store uses; a value
of 1440 or more is the next day. A pinned clock time earlier than the day's start is read as the
next day (an evening session pinned to 00.30), so schedules crossing midnight stay monotonic.
Nothing here mutates its input: every function returns new values.
"""

from __future__ import annotations

from collections.abc import Sequence
import math
from dataclasses import dataclass, replace
from enum import StrEnum

MINUTES_PER_DAY = 24 * 60


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


def pinned_minute(clock: int, day_start: int) -> int:
    """The day-relative minute of a pinned clock time (``0..1439``); earlier than the start = next day."""
    clock %= MINUTES_PER_DAY
    return clock + MINUTES_PER_DAY if clock < day_start % MINUTES_PER_DAY else clock


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

    ``day_start`` stays the reference for reading pinned clock times; ``first_index`` numbers the
    items when only the rest of a day is planned, so warnings point at the real rows. With
    ``pins_wait`` a pinned item starts at its time or when the room gets there, whichever is
    later: the *expected* times of a running day, where a lunch can absorb some drift but never
    pulls the afternoon earlier.

    Each later day of a longer programme starts afresh at its first item's pin (else at
    ``day_start``): its times are minutes of that day, with no gap or overlap to the day before.
    """
    cursor = day_start if start_at is None else start_at
    begin = cursor
    reference = day_start  # where pinned clock times of the current day are read from
    day = items[0].day if items else 0
    starts: list[tuple[int, int, bool]] = []  # start, gap_before, pinned
    for item in items:
        pinned = item.pinned_start is not None
        if item.day != day:
            day = item.day
            reference = item.pinned_start % MINUTES_PER_DAY if item.pinned_start is not None else day_start
            cursor = reference
        start = pinned_minute(item.pinned_start, reference) if item.pinned_start is not None else cursor
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
    for item in items:
        if item.gap_before < 0:
            found.append(ScheduleWarning(WarningKind.OVERLAP, item.index, -item.gap_before))
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


# --- a running day: drift and replanning the rest ------------------------------------------------
#
# Replanning writes a new plan for the items not yet started: either everything moves (shift), or
# the flexible items are squeezed proportionally so pinned items keep their times, never below a
# minimum length. Both pin the first remaining item to the moment the rest really starts, because
# the plan's own layout cannot know the current item overran.


@dataclass(frozen=True)
class Drift:
    """How far the room is from the plan, for "7 min behind — expected end 15.37 (planned 15.30)"."""

    behind_min: int  # negative when ahead
    expected_end: int
    planned_end: int


def drift(day: Schedule, current: int, current_end_expected: float, rest: Sequence[PlannedItem]) -> Drift:
    """Drift of the current item and the expected end of the day if nothing is replanned.

    Args:
        day: the whole day's plan, as :func:`plan` lays it out from the day's start.
        current: index in ``day`` of the current (or next) item.
        current_end_expected: when that item is now expected to end (minutes, may be fractional).
        rest: the items after it not yet started; pinned ones wait for the room, never pull earlier.
    """
    expected = math.ceil(current_end_expected - 1e-9)
    projected = plan(rest, day.start, start_at=expected, pins_wait=True)
    behind = round(current_end_expected - day.items[current].end)
    return Drift(behind, projected.end, day.end)


def shift_rest(
    rest: Sequence[PlannedItem], day_start: int, start: int, planned_first_start: int
) -> list[PlannedItem]:
    """Move everything not yet started by the same amount, pinned items included.

    ``planned_first_start`` is where the plan put the first of ``rest``; ``start`` is when it can
    really start. Durations are kept.
    """
    delta = start - planned_first_start
    moved = [
        item if item.pinned_start is None
        else replace(item, pinned_start=pinned_minute(item.pinned_start, day_start) + delta)
        for item in rest
    ]
    return _pin_first(moved, day_start, start)


def compress_rest(
    rest: Sequence[PlannedItem], day_start: int, start: int, day_end: int, min_minutes: int = 5
) -> list[PlannedItem]:
    """Squeeze the flexible items so pinned items and the day's end keep their times.

    The rest is cut into runs between pinned items; each run gets the time up to the next pin (or
    ``day_end``) and its items shrink in proportion, none below ``min_minutes`` (an item already
    shorter keeps its length); ``fixed`` items keep theirs. A run with room to spare is left
    alone: nothing is lengthened. When even the minimums do not fit, the items get their minimums
    and the overlap stays for the user to see. A pin already due when the room gets there waits.
    Phases are resized in proportion to their item.
    """
    result: list[PlannedItem] = []
    run: list[PlannedItem] = []
    clock = start
    for item in [*rest, None]:
        if item is not None and item.pinned_start is None:
            run.append(item)
            continue
        boundary = day_end if item is None else pinned_minute(item.pinned_start or 0, day_start)
        flexible = [i for i in run if not i.fixed]
        budget = boundary - clock - sum(i.duration for i in run if i.fixed)
        lengths = iter(
            shrink_to_fit(
                [i.duration for i in flexible], budget, [min(i.duration, min_minutes) for i in flexible]
            )
        )
        for member in run:
            minutes = member.duration if member.fixed else next(lengths)
            result.append(_resized(member, minutes))
            clock += minutes
        run = []
        if item is not None:
            result.append(item)
            clock = max(clock, boundary) + item.duration
    return _pin_first(result, day_start, start)


def _resized(item: PlannedItem, minutes: int) -> PlannedItem:
    if minutes == item.duration:
        return item
    return replace(item, minutes=minutes, phases_minutes=scale_phases(item.phases_minutes, minutes))


def _pin_first(items: list[PlannedItem], day_start: int, start: int) -> list[PlannedItem]:
    """The rest starts at ``start``; a first item pinned later (lunch at 12.00) keeps its pin.

    Pins come back as clock times (``0..1439``), the form the store and :func:`plan` read.
    """
    if items:
        pin = items[0].pinned_start
        first = start if pin is None else max(pinned_minute(pin, day_start), start)
        items[0] = replace(items[0], pinned_start=first)
    return [
        item if item.pinned_start is None else replace(item, pinned_start=item.pinned_start % MINUTES_PER_DAY)
        for item in items
    ]


def shrink_to_fit(lengths: Sequence[int], available: int, minimums: Sequence[int]) -> list[int]:
    """Whole-minute lengths proportional to ``lengths`` summing to ``available`` when they must shrink.

    Lengths that already fit are returned unchanged; no length goes below its minimum (when even
    the minimums do not fit, the minimums are returned). Water-filling: lengths that would fall
    under their minimum are held there and the factor is worked out again for the others.
    """
    if sum(lengths) <= available:
        return list(lengths)
    if sum(minimums) >= available:
        return list(minimums)
    held: set[int] = set()
    while True:
        free = [i for i in range(len(lengths)) if i not in held]
        room = available - sum(minimums[i] for i in held)
        factor = room / max(1, sum(lengths[i] for i in free))
        newly = {i for i in free if lengths[i] * factor < minimums[i]}
        if not newly:
            break
        held |= newly
    return _round_to_total(
        [minimums[i] if i in held else lengths[i] * factor for i in range(len(lengths))], available
    )


def scale_phases(phases: tuple[int, ...], minutes: int) -> tuple[int, ...]:
    """Phases resized in proportion to their item's new length; they always sum to it.

    Phases of no length at all give the whole length to the first phase.
    """
    if not phases or sum(phases) == minutes:
        return phases
    whole = sum(phases)
    if whole <= 0:
        return (minutes, *[0] * (len(phases) - 1))
    return tuple(_round_to_total([length * minutes / whole for length in phases], minutes))


def _round_to_total(values: Sequence[float], total: int) -> list[int]:
    """Largest-remainder rounding: whole numbers close to ``values`` that sum to ``total``."""
    floors = [math.floor(v + 1e-9) for v in values]
    order = sorted(range(len(values)), key=lambda i: floors[i] - values[i])
    for i in order[: total - sum(floors)]:
        floors[i] += 1
    return floors
