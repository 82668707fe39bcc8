"""Drift and replanning of the rest of the day while it runs.

Times of day are minutes after midnight (as stored), durations whole minutes. The plan is laid out
from the day's start: each item follows the one before, an item pinned to a clock time (lunch at
12.00) starts then. While running, the *expected* times start the rest when the current item is
expected to end, and a pinned item starts at its time or when the room gets there, whichever is
later — so a lunch can absorb some drift.

Replanning writes a new plan for the items not yet started: either everything moves (shift), or
the flexible items are squeezed proportionally so pinned items keep their times, never below a
minimum duration. Both pin the first remaining item to the moment the rest really starts, because
the plan's own layout cannot know the current item overran.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class PlanItem:
    """One agenda item as the schedule sees it."""

    key: int
    minutes: int
    pinned_start: int | None = None


@dataclass(frozen=True)
class Slot:
    """An item placed on the clock."""

    key: int
    start: int
    minutes: int

    @property
    def end(self) -> int:
        return self.start + self.minutes


@dataclass(frozen=True)
class Drift:
    """How far the room is from the plan, for "7 min behind — expected end 15.37 (planned 15.30)"."""

    behind_min: int  # negative when ahead
    expected_end: int
    planned_end: int


def lay_out(items: Sequence[PlanItem], day_start: int) -> list[Slot]:
    """Planned times: items follow each other, pinned items start at their pin (overlap or not)."""
    slots, clock = [], day_start
    for item in items:
        start = clock if item.pinned_start is None else item.pinned_start
        slots.append(Slot(item.key, start, item.minutes))
        clock = start + item.minutes
    return slots


def project(items: Sequence[PlanItem], start: int) -> list[Slot]:
    """Expected times of the rest if it starts at ``start``: a pin waits, it never pulls earlier."""
    slots, clock = [], start
    for item in items:
        begin = clock if item.pinned_start is None else max(clock, item.pinned_start)
        slots.append(Slot(item.key, begin, item.minutes))
        clock = begin + item.minutes
    return slots


def drift(plan: Sequence[Slot], current_end_planned: int, current_end_expected: float,
          rest: Sequence[PlanItem]) -> Drift:
    """Drift of the current item and the expected end of the day if nothing is replanned.

    Args:
        plan: the planned slots of the whole day.
        current_end_planned: when the current (or next) item was planned to end.
        current_end_expected: when it is now expected to end (minutes, may be fractional).
        rest: the items after it, not yet started.
    """
    expected = math.ceil(current_end_expected - 1e-9)
    projected = project(rest, expected)
    planned_end = max((slot.end for slot in plan), default=current_end_planned)
    expected_end = projected[-1].end if projected else expected
    return Drift(round(current_end_expected - current_end_planned), expected_end, planned_end)


def shift_rest(rest: Sequence[PlanItem], start: int, planned_first_start: int) -> list[PlanItem]:
    """Move everything not yet started by the same amount, pinned items included."""
    delta = start - planned_first_start
    moved = [
        replace(item, pinned_start=None if item.pinned_start is None else item.pinned_start + delta)
        for item in rest
    ]
    return _pin_first(moved, start)


def compress_rest(
    rest: Sequence[PlanItem], start: int, day_end: int, min_minutes: int
) -> list[PlanItem]:
    """Squeeze the flexible items so pinned items and the day's end keep their times.

    The rest is cut into runs between pinned items; each run gets the time up to the next pin (or
    the end of the day) and its items shrink in proportion, none below ``min_minutes`` (an item
    already shorter keeps its length). A run with room to spare is left alone. When even the
    minimums do not fit, the items get their minimums and the overlap stays for the user to see.
    """
    result: list[PlanItem] = []
    run: list[PlanItem] = []
    clock = start
    for item in [*rest, None]:
        if item is not None and item.pinned_start is None:
            run.append(item)
            continue
        boundary = day_end if item is None else item.pinned_start
        assert boundary is not None
        lengths = fit(
            [i.minutes for i in run], boundary - clock, [min(i.minutes, min_minutes) for i in run]
        )
        result.extend(replace(i, minutes=m) for i, m in zip(run, lengths))
        clock += sum(lengths)
        run = []
        if item is not None:
            result.append(item)
            clock = max(clock, boundary) + item.minutes
    return _pin_first(result, start)


def fit(lengths: Sequence[int], available: int, minimums: Sequence[int]) -> list[int]:
    """Whole-minute lengths proportional to ``lengths`` summing to ``available`` when they must shrink.

    Lengths that already fit are returned unchanged; no length goes below its minimum.
    """
    if sum(lengths) <= available:
        return list(lengths)
    if sum(minimums) >= available:
        return list(minimums)
    fixed: set[int] = set()
    while True:
        free = [i for i in range(len(lengths)) if i not in fixed]
        room = available - sum(minimums[i] for i in fixed)
        factor = room / max(1, sum(lengths[i] for i in free))
        newly = {i for i in free if lengths[i] * factor < minimums[i]}
        if not newly:
            break
        fixed |= newly
    exact = {i: lengths[i] * factor for i in free}
    return _round_to_total(
        [minimums[i] if i in fixed else exact[i] for i in range(len(lengths))], available
    )


def apportion(lengths: Sequence[int], total: int) -> list[int]:
    """Split ``total`` minutes in proportion to ``lengths`` (the phases of a resized item)."""
    whole = sum(lengths)
    if whole <= 0:
        return [total] + [0] * (len(lengths) - 1) if lengths else []
    return _round_to_total([length * total / whole for length in lengths], total)


def _round_to_total(values: Sequence[float], total: int) -> list[int]:
    """Largest-remainder rounding: whole numbers close to ``values`` that sum to ``total``."""
    floors = [math.floor(v + 1e-9) for v in values]
    order = sorted(range(len(values)), key=lambda i: floors[i] - values[i])
    for i in order[: total - sum(floors)]:
        floors[i] += 1
    return floors


def _pin_first(items: list[PlanItem], start: int) -> list[PlanItem]:
    """The rest starts at ``start``; a first item pinned later (lunch at 12.00) keeps its pin."""
    if items:
        pin = items[0].pinned_start
        items[0] = replace(items[0], pinned_start=start if pin is None else max(pin, start))
    return items
