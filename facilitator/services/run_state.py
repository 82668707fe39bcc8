"""The running day as the console and projector see it: items, their timers, drift.

A :class:`RunState` is read from disk by the run service after every change; between changes the
UI only asks it for the view at "now", which is pure arithmetic on the stored events.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo

from sqlmodel import Session, col, select

from facilitator.domain.clock import Clock
from facilitator.domain.countdown import ClockEvent, Countdown, PhasePlan, TimerStatus, TimerView
from facilitator.domain.kinds import TimerEventKind
from facilitator.domain.schedule import Drift, ScheduledItem, ScheduledPhase, by_day, drift
from facilitator.domain.text import lines
from facilitator.services.agenda import AgendaView, ItemView, PhaseView, read_agenda
from facilitator.storage.models import TimerEvent, Workshop


@dataclass(frozen=True)
class RunItem:
    """The run of one agenda item: the item as stored, its times and its timer rebuilt from the events.

    The item's own fields are read from ``item`` (the one record of an agenda item); this adds only
    what the run knows. ``planned_slot`` is where the plan put it; ``slot`` is the plan in force
    (the replanned times when the rest of the day was replanned, else the planned ones), so its
    ``minutes`` are the length the countdown runs. The actual times come from ``timer``.
    """

    item: ItemView
    slot: ScheduledItem
    planned_slot: ScheduledItem
    timer: Countdown

    @property
    def replanned(self) -> bool:
        return self.item.replanned_start is not None

    def phase_card(self, index: int) -> PhaseView | None:
        phases = self.item.phases
        return phases[index] if 0 <= index < len(phases) else None

    def prompts_for(self, phase_index: int) -> tuple[str, ...]:
        """The phase's own prompts if it has any, else the item's."""
        card = self.phase_card(phase_index)
        return card.prompts if card is not None and card.prompts else lines(self.item.prompts)


@dataclass(frozen=True)
class RunDay:
    """One day of the programme as the run sees it.

    ``start`` and ``end`` are minutes of that day as planned (replans do not change them);
    ``held_on`` is its date when it is known (:func:`_date_of_day`); ``start_at`` is the instant
    ``start`` falls on (see :func:`day_start_instant`), from which drift on that day is counted.
    """

    number: int  # 0 = the first day
    title: str  # the programme's heading of the day ("Dag 2 – onsdag"), or ""
    start: int
    end: int
    held_on: date | None
    start_at: datetime
    started: datetime | None = None  # the day's first timer event: when its run began


@dataclass(frozen=True)
class RunState:
    """The whole programme's run at the moment it was read from disk. Times, drift and the end
    are those of :attr:`day`, the day being run: a longer programme is run one day at a time."""

    workshop_id: int
    title: str
    warning_minutes: int
    items: tuple[RunItem, ...]
    tz: tzinfo | None
    days: tuple[RunDay, ...]  # every day of the programme, in order (one for a one-day workshop)
    held_on: date | None  # the workshop's date (its first day), when set
    language: str = "da"  # the workshop's document language: what the room reads on the projector
    venue: str = ""

    @property
    def day(self) -> RunDay:
        """The day being run: the current item's, else the last day (the programme is done)."""
        index = self.current_index()
        number = self.items[index].item.day if index is not None else self.days[-1].number
        return next((day for day in self.days if day.number == number), self.days[0])

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

    def in_progress(self) -> bool:
        """Whether the day has begun and is not over: something was started and items remain."""
        return self.current_index() is not None and any(item.timer.events for item in self.items)

    def current(self) -> RunItem | None:
        index = self.current_index()
        return None if index is None else self.items[index]

    def following(self, index: int | None) -> RunItem | None:
        """The next item not yet done after ``index`` on its day ("next: …" on the projector, and
        what Next starts). A later day's first item is started on that day, not by ending the
        last item of the day before."""
        if index is None:
            return None
        day = self.items[index].item.day
        for item in self.items[index + 1 :]:
            if item.item.day != day:
                return None
            if item.timer.view().status is TimerStatus.IDLE:
                return item
        return None

    def rest_of_day(self, index: int) -> list[RunItem]:
        """Items of ``index``'s day after it, not yet started or skipped: what replanning may change."""
        day = self.items[index].item.day
        return [i for i in self.items[index + 1 :]
                if i.item.day == day and i.timer.view().status is TimerStatus.IDLE]

    def minutes_of_day(self, instant: datetime) -> float:
        """Local minutes after midnight of ``instant``: what a clock on the wall shows."""
        local = instant.astimezone(self.tz)
        return local.hour * 60 + local.minute + local.second / 60 + local.microsecond / 6e7

    def plan_minute(self, instant: datetime) -> float:
        """``instant`` on the plan's timeline: the day's start plus the time elapsed since then.

        Drift is arithmetic on this, never on minutes past midnight: a day that starts at 23.00,
        a run left open overnight and a change to or from summer time keep their sums.
        """
        day = self.day
        return day.start + (instant - day.start_at).total_seconds() / 60

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
            return index, self.plan_minute(end)
        start = max(self.plan_minute(now), float(item.slot.start))
        return index, start + view.item_remaining_s / 60

    def drift(self, now: datetime) -> Drift | None:
        """How far behind the plan the room is, and the day's expected end.

        None before anything of the day being run has started on another date than that day's:
        while it is prepared in advance (or day 1 is over and day 2 is tomorrow), the clock says
        nothing about being behind.
        """
        day = self.day
        if day.held_on is not None and day.held_on != now.astimezone(self.tz).date() and all(
            item.timer.view(now).status is TimerStatus.IDLE for item in self.items if item.item.day == day.number
        ):
            return None
        anchor = self.expected_end_of_current(now)
        if anchor is None:
            return None
        index, expected = anchor
        rest = self.rest_of_day(index)
        return drift(self._due_end(index, rest), expected, [item.item.in_force() for item in rest], day.end)

    def _due_end(self, index: int, rest: list[RunItem]) -> int:
        """When the current item should end by the plan in force.

        Replanned while it ran, the current item keeps its planned slot, but the new plan says
        when the rest resumes: being "behind" is measured against that, not the old plan.
        """
        current = self.items[index]
        if not current.replanned and rest and rest[0].replanned:
            return rest[0].slot.start
        return current.slot.end

    def rest_start(self, now: datetime) -> int | None:
        """Whole minute at which the rest of the day can start, for replanning."""
        anchor = self.expected_end_of_current(now)
        return None if anchor is None else math.ceil(anchor[1] - 1e-9)


def _local_instant(day: date, minutes: int, tz: tzinfo | None) -> datetime:
    """The instant a clock in ``tz`` (None: this computer's zone) shows ``minutes`` on ``day``."""
    naive = datetime.combine(day, time()) + timedelta(minutes=minutes)
    return naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()


LATEST_EARLY_START = timedelta(hours=6)  # a run may start this long before the planned day


def day_start_instant(start_min: int, held_on: date | None, first_event: datetime | None, now: datetime,
                      tz: tzinfo | None) -> datetime:
    """When the planned day starts, as an instant: on the day the run began (its first timer
    event), else on the workshop's date, else on today's.

    "The day the run began" is the latest planned start no more than a few hours after the first
    event, so a day planned from 23.00 and begun at 00.30 belongs to the evening before.
    """
    if first_event is None and held_on is not None:
        return _local_instant(held_on, start_min, tz)
    near = first_event or now
    local_day = near.astimezone(tz).date()
    candidates = [_local_instant(local_day + timedelta(days=offset), start_min, tz) for offset in (-1, 0, 1)]
    return max(start for start in candidates if start <= near + LATEST_EARLY_START)


def read_events(session: Session, item_ids: list[int]) -> dict[int, list[ClockEvent]]:
    """Every item's timer events in time order (actual times and countdowns derive from them)."""
    events: dict[int, list[ClockEvent]] = {i: [] for i in item_ids}
    for event in session.exec(
        select(TimerEvent)
        .where(col(TimerEvent.item_id).in_(item_ids))
        .order_by(col(TimerEvent.at), col(TimerEvent.id))
    ).all():
        events[event.item_id].append(ClockEvent(TimerEventKind(event.kind), event.at, event.amount_s))
    return events


def _in_force(item: ItemView, planned: ScheduledItem) -> ScheduledItem:
    """The slot of the plan in force: the replanned times if there are any, else the planned."""
    if item.replanned_start is None or item.replanned_minutes is None:
        return planned
    start, phases = item.replanned_start, []
    for phase in item.phases:
        phases.append(ScheduledPhase(start, start + phase.minutes_in_force))
        start += phase.minutes_in_force
    return replace(planned, start=item.replanned_start, end=item.replanned_start + item.replanned_minutes,
                   minutes=item.replanned_minutes, pinned=False, phases=tuple(phases))


def load_run_state(
    session: Session, workshop_id: int, clock: Clock, *, auto_advance: bool, tz: tzinfo | None
) -> RunState:
    """Read the programme's items and timer events and rebuild every item's countdown."""
    workshop = session.get(Workshop, workshop_id)
    if workshop is None:
        raise LookupError(f"no workshop {workshop_id}")
    agenda = read_agenda(session, workshop_id)
    events = read_events(session, [view.id for view in agenda.items])
    items = []
    for view, planned in zip(agenda.items, agenda.schedule.items):
        slot = _in_force(view, planned)
        plans = [PhasePlan(p.label, p.minutes_in_force * 60) for p in view.phases] or [
            PhasePlan("", slot.minutes * 60)
        ]
        timer = Countdown(plans, clock, events[view.id], auto_advance=auto_advance,
                          warning_s=workshop.warning_minutes * 60)
        items.append(RunItem(view, slot, planned, timer))
    days = _run_days(agenda, items, events, workshop.date, clock.now(), tz)
    return RunState(workshop_id, workshop.title, workshop.warning_minutes, tuple(items), tz, days,
                    workshop.date, workshop.language, workshop.venue)


def _run_days(agenda: AgendaView, items: list[RunItem], events: dict[int, list[ClockEvent]],
              held_on: date | None, now: datetime, tz: tzinfo | None) -> tuple[RunDay, ...]:
    """Each day of the programme with its planned start and end and the instant it starts.

    The first day starts at the workshop's start; a later day where the plan starts it afresh
    (its first item). Each day's instant is found as the first day's always was: on the date the
    day's run began, else on its date in the programme (the workshop's date plus its number),
    else today.
    """
    days: list[RunDay] = []
    for number, day_items in by_day(items, lambda item: item.item.day) or [(0, [])]:
        slots = [item.planned_slot for item in day_items]
        start = agenda.schedule.start if not days else min(slot.start for slot in slots)
        end = max((slot.end for slot in slots), default=start)
        first_event = min((event.at for item in day_items for event in events[item.item.id]), default=None)
        dated = _date_of_day(number, held_on, days[-1] if days else None, tz)
        days.append(RunDay(number, agenda.day_title(number), start, end, dated,
                           day_start_instant(start, dated, first_event, now, tz), first_event))
    return tuple(days)


def _date_of_day(number: int, held_on: date | None, before: RunDay | None, tz: tzinfo | None) -> date | None:
    """The date of day ``number``: the workshop's date plus its number; without a date, the day
    after the date the day before was run on (None for the first day, or before that day ran)."""
    if held_on is not None:
        return held_on + timedelta(days=number)
    if before is None or before.started is None:
        return None
    return before.started.astimezone(tz).date() + timedelta(days=number - before.number)
