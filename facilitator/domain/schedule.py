"""Planned clock times of a programme, its warnings, and the maths of replanning a running day.

Times are minutes after midnight of the workshop day (``int``), the unit the store uses; a value
of 1440 or more is the next day. A pinned clock time earlier than the day's start is read as the
next day (an evening session pinned to 00.30), so schedules crossing midnight stay monotonic.
Nothing here mutates its input: every function returns new values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True)
class PlannedItem:
    """What the schedule needs of one agenda item.

    ``minutes`` is ignored when the item has phases: then the duration is their sum. ``fixed``
    items keep their duration when the rest of the day is compressed (a catered lunch).
    """

    minutes: int = 0
    pinned_start: int | None = None
    phases_minutes: tuple[int, ...] = ()
    fixed: bool = False

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
) -> Schedule:
    """Lay the items out from ``day_start`` (or ``start_at``, when resuming mid-day).

    ``day_start`` stays the reference for reading pinned clock times; ``first_index`` numbers the
    items when only the rest of a day is planned, so warnings point at the real rows.
    """
    cursor = day_start if start_at is None else start_at
    begin = cursor
    starts: list[tuple[int, int, bool]] = []  # start, gap_before, pinned
    for item in items:
        pinned = item.pinned_start is not None
        start = pinned_minute(item.pinned_start, day_start) if item.pinned_start is not None else cursor
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
    last_end = max((item.end for item in items), default=None)
    if day_end is not None and last_end is not None and last_end > day_end:
        found.append(ScheduleWarning(WarningKind.PAST_DAY_END, None, last_end - day_end))
    return tuple(found)


def format_clock(minutes: int, separator: str = ".") -> str:
    """``"HH.MM"`` of a day-relative minute, wrapped past midnight (the Danish way of writing times)."""
    minutes %= MINUTES_PER_DAY
    return f"{minutes // 60:02d}{separator}{minutes % 60:02d}"


# --- replanning a running day -------------------------------------------------------------------


@dataclass(frozen=True)
class Replan:
    """A proposal for the rest of the day; nothing is applied until the caller stores it.

    ``minutes`` and ``phases_minutes`` hold the proposed durations of the items from
    ``first_index`` on, in order; ``schedule`` shows the times they would give and
    ``pinned_starts`` the clock times (``0..1439``) to store for pinned items.
    """

    first_index: int
    minutes: tuple[int, ...]
    phases_minutes: tuple[tuple[int, ...], ...]
    schedule: Schedule
    pinned_starts: tuple[int | None, ...]


def drift(planned_start: int, actual_start: int) -> int:
    """Minutes behind plan (positive) or ahead of it (negative)."""
    return actual_start - planned_start


def shift_rest(
    items: Sequence[PlannedItem],
    day_start: int,
    *,
    first_index: int,
    resume_at: int,
    day_end: int | None = None,
    move_pinned: bool = False,
) -> Replan:
    """Keep every duration and let the items from ``first_index`` follow from ``resume_at``.

    Pinned items keep their clock time (the overlap before them is then reported) unless
    ``move_pinned`` is set, in which case they move by the same drift as the item before them.
    """
    rest = list(items[first_index:])
    if move_pinned:
        planned = plan(items, day_start)
        if first_index < len(items):
            shift = resume_at - planned.items[first_index].start
            rest = [
                replace(item, pinned_start=pinned_minute(item.pinned_start, day_start) + shift)
                if item.pinned_start is not None
                else item
                for item in rest
            ]
    return Replan(
        first_index=first_index,
        minutes=tuple(item.duration for item in rest),
        phases_minutes=tuple(item.phases_minutes for item in rest),
        schedule=plan(rest, day_start, day_end, start_at=resume_at, first_index=first_index),
        pinned_starts=_clock_pins(rest),
    )


def _clock_pins(rest: Sequence[PlannedItem]) -> tuple[int | None, ...]:
    return tuple(None if item.pinned_start is None else item.pinned_start % MINUTES_PER_DAY for item in rest)


def compress_rest(
    items: Sequence[PlannedItem],
    day_start: int,
    *,
    first_index: int,
    resume_at: int,
    min_minutes: int = 5,
    day_end: int | None = None,
) -> Replan:
    """Shorten the flexible items from ``first_index`` on so the day catches up with its plan.

    The rest is cut into stretches ending at each pinned item (whose start is the target) and a
    last stretch ending at ``day_end``, or at the originally planned end when there is none.
    In each stretch the unpinned, non-fixed items shrink proportionally, none below
    ``min_minutes`` (an item already shorter keeps its length). Items are never lengthened;
    when even the minimum does not fit, the remaining overlap shows in the warnings.
    """
    rest = list(items[first_index:])
    original = plan(items, day_start, day_end)
    target_end = day_end if day_end is not None else original.end
    new_minutes = [item.duration for item in rest]
    cursor = resume_at
    stretch: list[int] = []
    for offset, item in enumerate([*rest, None]):
        if item is not None and item.pinned_start is None:
            stretch.append(offset)
            continue
        target = target_end if item is None else pinned_minute(item.pinned_start or 0, day_start)
        _fit(rest, stretch, new_minutes, target - cursor, min_minutes)
        if item is not None:
            cursor = target + item.duration
        stretch = []
    phases = tuple(
        scale_phases(item.phases_minutes, minutes) for item, minutes in zip(rest, new_minutes)
    )
    proposed = [
        replace(item, minutes=minutes, phases_minutes=item_phases)
        for item, minutes, item_phases in zip(rest, new_minutes, phases)
    ]
    return Replan(
        first_index=first_index,
        minutes=tuple(new_minutes),
        phases_minutes=phases,
        schedule=plan(proposed, day_start, day_end, start_at=resume_at, first_index=first_index),
        pinned_starts=_clock_pins(rest),
    )


def _fit(
    rest: Sequence[PlannedItem], stretch: Sequence[int], minutes: list[int], available: int, floor: int
) -> None:
    """Shrink the flexible members of ``stretch`` in ``minutes`` so the stretch fits ``available``."""
    total = sum(minutes[i] for i in stretch)
    if total <= available:
        return
    flexible = [i for i in stretch if not rest[i].fixed]
    budget = available - sum(minutes[i] for i in stretch if rest[i].fixed)
    lengths = {i: minutes[i] for i in flexible}
    floors = {i: min(floor, lengths[i]) for i in flexible}
    minutes_for = proportional_shrink(lengths, floors, budget)
    for i, value in minutes_for.items():
        minutes[i] = value


def proportional_shrink(lengths: dict[int, int], floors: dict[int, int], budget: int) -> dict[int, int]:
    """Scale ``lengths`` down to sum to ``budget`` where possible, never below each floor.

    Water-filling: items that would fall under their floor are clamped and the factor is worked
    out again for the others; whole minutes are handed out by largest remainder so the result
    sums exactly to the budget (or to the floors, when the budget is smaller than them).
    """
    clamped: dict[int, int] = {}
    free = dict(lengths)
    while True:
        room = budget - sum(clamped.values())
        free_total = sum(free.values())
        if free_total <= 0 or room <= 0:
            clamped.update({key: floors[key] for key in free})
            return clamped
        factor = min(room / free_total, 1.0)
        under = {key for key, length in free.items() if length * factor < floors[key]}
        if not under:
            break
        for key in under:
            clamped[key] = floors[key]
            del free[key]
    scaled = {key: length * factor for key, length in free.items()}
    result = {key: int(value) for key, value in scaled.items()}
    leftover = min(room, free_total) - sum(result.values())
    by_remainder = sorted(scaled, key=lambda key: (result[key] - scaled[key], key))
    for key in by_remainder[: max(leftover, 0)]:
        result[key] += 1
    result.update(clamped)
    return result


def scale_phases(phases: tuple[int, ...], minutes: int) -> tuple[int, ...]:
    """Phases resized in proportion to their item's new length (largest remainder, exact sum)."""
    if not phases or sum(phases) == minutes:
        return phases
    total = sum(phases)
    if total <= 0:
        return phases
    scaled = [value * minutes / total for value in phases]
    result = [int(value) for value in scaled]
    order = sorted(range(len(phases)), key=lambda i: (result[i] - scaled[i], i))
    for i in order[: minutes - sum(result)]:
        result[i] += 1
    return tuple(result)
