"""The running day as the console and projector see it: items, their timers, drift.

A :class:`RunState` is read from disk by the run service after every change; between changes the
UI only asks it for the view at "now", which is pure arithmetic on the stored events.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, tzinfo

from facilitator.domain.countdown import Countdown, TimerStatus, TimerView
from facilitator.domain.replan import Drift, PlanItem, Slot, drift


@dataclass(frozen=True)
class PhaseCard:
    """A phase as projected: its label, kind, planned minutes and prompts."""

    id: int | None
    label: str
    kind: str
    minutes: int
    prompts: tuple[str, ...]


@dataclass(frozen=True)
class RunItem:
    """One agenda item during the run, with its timer rebuilt from the stored events."""

    id: int
    kind: str
    title: str
    presenter: str
    prompts: tuple[str, ...]
    phases: tuple[PhaseCard, ...]
    slot: Slot  # planned time
    pinned_start: int | None
    timer: Countdown

    @property
    def minutes(self) -> int:
        return self.slot.minutes

    def plan_item(self) -> PlanItem:
        return PlanItem(self.id, self.slot.minutes, self.pinned_start)

    def phase_card(self, index: int) -> PhaseCard | None:
        return self.phases[index] if 0 <= index < len(self.phases) else None

    def prompts_for(self, phase_index: int) -> tuple[str, ...]:
        """The phase's own prompts if it has any, else the item's."""
        card = self.phase_card(phase_index)
        return card.prompts if card is not None and card.prompts else self.prompts


@dataclass(frozen=True)
class RunState:
    """The whole day's run at the moment it was read from disk."""

    workshop_id: int
    title: str
    warning_minutes: int
    items: tuple[RunItem, ...]
    tz: tzinfo | None

    def current_index(self) -> int | None:
        """The item the run is on: the active one, else the next not yet done after the last touched.

        "Touched" is the item with the most recent event, so going back to an earlier item and
        ending it again makes its successor the current one, as the facilitator expects.
        """
        latest: tuple[datetime, int] | None = None
        for index, item in enumerate(self.items):
            if item.timer.view().status in (TimerStatus.RUNNING, TimerStatus.PAUSED,
                                             TimerStatus.OVERTIME):
                return index
            if item.timer.events:
                stamp = (item.timer.events[-1].at, index)
                latest = stamp if latest is None or stamp > latest else latest
        start = 0 if latest is None else latest[1]
        for index in (*range(start, len(self.items)), *range(0, start)):
            if self.items[index].timer.view().status is TimerStatus.IDLE:
                return index
        return None

    def current(self) -> RunItem | None:
        index = self.current_index()
        return None if index is None else self.items[index]

    def following(self, index: int | None) -> RunItem | None:
        """The next item not yet done after ``index`` ("next: …" on the projector)."""
        if index is None:
            return None
        for item in self.items[index + 1 :]:
            if item.timer.view().status is TimerStatus.IDLE:
                return item
        return None

    def rest(self, index: int) -> list[RunItem]:
        """Items after ``index`` not yet started or skipped: what replanning may change."""
        return [i for i in self.items[index + 1 :] if i.timer.view().status is TimerStatus.IDLE]

    def minutes_of_day(self, instant: datetime) -> float:
        """Local minutes after midnight of ``instant`` (the unit of planned times)."""
        local = instant.astimezone(self.tz)
        return local.hour * 60 + local.minute + local.second / 60 + local.microsecond / 6e7

    def expected_end_of_current(self, now: datetime) -> tuple[int, float] | None:
        """(index, minutes) when the current item is expected to end; None when the day is done.

        An item not yet started is expected to start now, or at its planned time if that is later.
        """
        index = self.current_index()
        if index is None:
            return None
        item = self.items[index]
        view: TimerView = item.timer.view(now)
        end = view.expected_end()
        if end is not None:
            return index, self.minutes_of_day(end)
        start = max(self.minutes_of_day(now), float(item.slot.start))
        return index, start + view.item_remaining_s / 60

    def drift(self, now: datetime) -> Drift | None:
        """How far behind the plan the room is, and the day's expected end."""
        anchor = self.expected_end_of_current(now)
        if anchor is None:
            return None
        index, expected = anchor
        plan = [item.slot for item in self.items]
        return drift(plan, plan[index].end, expected,
                     [item.plan_item() for item in self.rest(index)])

    def rest_start(self, now: datetime) -> int | None:
        """Whole minute at which the rest of the day can start, for replanning."""
        anchor = self.expected_end_of_current(now)
        return None if anchor is None else math.ceil(anchor[1] - 1e-9)
