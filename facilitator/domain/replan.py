"""Replanning the rest of a running day: new times for the items not yet started.

A replan proposes *replanned* times that are kept beside the plan, never written over it: what
was planned, what was replanned and what really happened stay three things (the minutes show
the first and the last). It pins nothing: the rest flows from the moment it can start, and only
the user's own pins hold (a lunch at 12.00 waits for its time, or for the room when the room is
late). Starts and the lengths a replan changes are whole multiples of ``step`` minutes (5 unless
the user chose otherwise), so a proposal reads 10.00–10.25, "10 min oplæg, 15 min drøftelse".

Two ways: shift everything by the same amount (pinned items too), or compress the flexible
items in proportion so the pins and the day's end keep their times, never below a minimum.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from facilitator.domain.schedule import PlannedItem, pinned_minute, round_to_total, scale_phases


@dataclass(frozen=True)
class ReplannedItem:
    """An item's replanned start and length (with its phases resized to fit)."""

    start: int
    minutes: int
    phases_minutes: tuple[int, ...] = ()

    @property
    def end(self) -> int:
        return self.start + self.minutes


def round_up(minute: float, step: int) -> int:
    """The first whole multiple of ``step`` at or after ``minute`` (10.02 → 10.05)."""
    return math.ceil(math.ceil(minute - 1e-9) / step) * step


def shift_rest(rest: Sequence[PlannedItem], starts: Sequence[int], start: float, step: int = 5) -> list[ReplannedItem]:
    """Move everything by the same amount, pinned items included; lengths are kept.

    ``starts`` are the items' starts in the plan in force; the first moves to ``start`` rounded
    up to ``step``, the others keep their distance from it.
    """
    if not rest:
        return []
    delta = round_up(start, step) - starts[0]
    return [ReplannedItem(at + delta, item.duration, item.phases_minutes) for item, at in zip(rest, starts)]


def compress_rest(
    rest: Sequence[PlannedItem], start: float, day_end: int, *, min_minutes: int = 5, step: int = 5
) -> list[ReplannedItem]:
    """Squeeze the flexible items so pinned items and the day's end keep their times.

    The rest, from ``start`` rounded up to ``step``, is cut into runs between pinned items; each
    run gets the time up to the next pin (or ``day_end``) and its items shrink in proportion,
    none below ``min_minutes`` (an item already shorter keeps its length); ``fixed`` items keep
    theirs. A run with room to spare is left alone: nothing is lengthened. When even the
    minimums do not fit, the items get their minimums and the overlap stays for the user to
    see. A pin already due when the room gets there waits for the room.
    """
    result: list[ReplannedItem] = []
    run: list[PlannedItem] = []
    clock = round_up(start, step)
    for item in [*rest, None]:
        if item is not None and item.pinned_start is None:
            run.append(item)
            continue
        boundary = day_end if item is None else pinned_minute(item.pinned_start or 0, clock)
        flexible = [i for i in run if not i.fixed]
        budget = boundary - clock - sum(i.duration for i in run if i.fixed)
        lengths = iter(shrink_to_fit([i.duration for i in flexible], budget,
                                     [min(i.duration, min_minutes) for i in flexible], step))
        for member in run:
            minutes = member.duration if member.fixed else next(lengths)
            result.append(_resized(member, clock, minutes, step))
            clock += minutes
        run = []
        if item is not None:
            begin = max(clock, boundary)
            result.append(ReplannedItem(begin, item.duration, item.phases_minutes))
            clock = begin + item.duration
    return result


def _resized(item: PlannedItem, start: int, minutes: int, step: int) -> ReplannedItem:
    if minutes == item.duration:
        return ReplannedItem(start, minutes, item.phases_minutes)
    return ReplannedItem(start, minutes, scale_phases(item.phases_minutes, minutes, step))


def shrink_to_fit(lengths: Sequence[int], available: int, minimums: Sequence[int], step: int = 1) -> list[int]:
    """Lengths proportional to ``lengths`` that fit into ``available`` minutes when they must shrink.

    Lengths that already fit are returned unchanged; no length goes below its minimum (when even
    the minimums do not fit, the minimums are returned). Water-filling: lengths that would fall
    under their minimum are held there and the factor is worked out again for the others. The
    others become multiples of ``step`` that together fill what is left, rounded down to ``step``.
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
    result = [minimums[i] if i in held else 0 for i in range(len(lengths))]
    if free:
        unit = step if all(math.ceil(minimums[i] / step) * step <= lengths[i] for i in free) else 1
        share = round_to_total([lengths[i] * factor for i in free], room - room % unit, unit)
        for i, value in zip(free, share):
            result[i] = min(lengths[i], max(value, math.ceil(minimums[i] / unit) * unit))
    return result
