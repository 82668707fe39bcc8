"""Planned and actual times of agenda items, as the minutes report them.

Deliberately tiny: the agenda's ``schedule.py`` and the run screen's ``countdown.py`` own the full
rules (phases, replanning, the live clock). The minutes only need where each item was planned to
start and when the facilitator actually started and ended it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from facilitator.domain.kinds import TimerEventKind


@dataclass(frozen=True)
class PlannedSlot:
    """An item's planned start and end, in minutes after midnight."""

    start_min: int
    end_min: int


def planned_slots(day_start_min: int, items: Sequence[tuple[int, int | None]]) -> list[PlannedSlot]:
    """Chain ``(planned_minutes, pinned_start_min)`` pairs from the day's start.

    A pinned start (lunch at 12.00) wins over the running sum, so a late morning shows as a gap
    or an overlap instead of shifting the afternoon.
    """
    slots: list[PlannedSlot] = []
    cursor = day_start_min
    for minutes, pinned in items:
        start = pinned if pinned is not None else cursor
        end = start + max(minutes, 0)
        slots.append(PlannedSlot(start, end))
        cursor = end
    return slots


@dataclass(frozen=True)
class ActualSpan:
    """When an item really started and ended (UTC); ``None`` where the clock never said."""

    start: datetime | None
    end: datetime | None


def actual_span(events: Iterable[tuple[str, datetime]]) -> ActualSpan:
    """The first start and the last end among an item's ``(kind, at)`` timer events.

    An item restarted after an end keeps its first start; an item never ended has no end,
    because guessing one would put a wrong time in the minutes.
    """
    start: datetime | None = None
    end: datetime | None = None
    for kind, at in sorted(events, key=lambda event: event[1]):
        if kind == TimerEventKind.START and start is None:
            start = at
        elif kind == TimerEventKind.END and start is not None:
            end = at
    return ActualSpan(start, end)
