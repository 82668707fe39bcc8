"""The running day as the console and projector see it: items, their timers, drift.

A :class:`RunState` is read from disk by the run service after every change; between changes the
UI only asks it for the view at "now", which is pure arithmetic on the stored events.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from sqlmodel import Session, col, select

from facilitator.domain.clock import Clock
from facilitator.domain.countdown import ClockEvent, Countdown, PhasePlan, TimerStatus, TimerView
from facilitator.domain.kinds import TimerEventKind
from facilitator.domain.schedule import Drift, PlannedItem, Schedule, ScheduledItem, drift, plan
from facilitator.domain.text import lines as _lines
from facilitator.storage.models import AgendaItem, Phase, TimerEvent, Workshop


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
    slot: ScheduledItem  # planned time
    pinned_start: int | None
    timer: Countdown
    projector_mode: str = "timer"  # ProjectorMode: the timer, the clusters' wall, or both

    @property
    def minutes(self) -> int:
        return self.slot.minutes

    def planned(self) -> PlannedItem:
        """The item as the schedule sees it (its phases give its length)."""
        return PlannedItem(self.slot.minutes, self.pinned_start, tuple(p.minutes for p in self.phases))

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
    day: Schedule  # the planned day, laid out from its start
    held_on: date | None  # the workshop's date, when set
    day_start_at: datetime  # when the planned day starts, as an instant (see day_start_instant)
    language: str = "da"  # the workshop's document language: what the room reads on the projector
    venue: str = ""

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
        """Local minutes after midnight of ``instant``: what a clock on the wall shows."""
        local = instant.astimezone(self.tz)
        return local.hour * 60 + local.minute + local.second / 60 + local.microsecond / 6e7

    def plan_minute(self, instant: datetime) -> float:
        """``instant`` on the plan's timeline: the day's start plus the time elapsed since then.

        Drift is arithmetic on this, never on minutes past midnight: a day that starts at 23.00,
        a run left open overnight and a change to or from summer time keep their sums.
        """
        return self.day.start + (instant - self.day_start_at).total_seconds() / 60

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

        None before anything has started on a day other than the workshop's: while the day is
        prepared in advance, the clock says nothing about being behind.
        """
        if self.held_on is not None and self.held_on != now.astimezone(self.tz).date() and all(
            item.timer.view(now).status is TimerStatus.IDLE for item in self.items
        ):
            return None
        anchor = self.expected_end_of_current(now)
        if anchor is None:
            return None
        index, expected = anchor
        return drift(self.day, index, expected, [item.planned() for item in self.rest(index)])

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


def load_run_state(
    session: Session, workshop_id: int, clock: Clock, *, auto_advance: bool, tz: tzinfo | None
) -> RunState:
    """Read the day's items, phases and timer events and rebuild every item's countdown."""
    workshop = session.get(Workshop, workshop_id)
    if workshop is None:
        raise LookupError(f"no workshop {workshop_id}")
    rows = session.exec(
        select(AgendaItem)
        .where(AgendaItem.workshop_id == workshop_id, col(AgendaItem.deleted_at).is_(None))
        .order_by(col(AgendaItem.position), col(AgendaItem.id))
    ).all()
    ids = [row.id for row in rows]
    phases: dict[int, list[Phase]] = {i: [] for i in ids if i is not None}
    for phase in session.exec(
        select(Phase).where(col(Phase.item_id).in_(ids)).order_by(col(Phase.position))
    ).all():
        phases[phase.item_id].append(phase)
    events = read_events(session, list(phases))
    cards = {
        item_id: tuple(
            PhaseCard(p.id, p.label, p.kind, p.minutes, _lines(p.prompts)) for p in rows_
        )
        for item_id, rows_ in phases.items()
    }
    day = plan(
        [
            PlannedItem(row.planned_minutes, row.pinned_start_min, tuple(c.minutes for c in cards[row.id]))
            for row in rows
        ],
        workshop.day_start_min,
    )
    items = []
    for row, slot in zip(rows, day.items):
        assert row.id is not None
        plans = [PhasePlan(c.label, c.minutes * 60) for c in cards[row.id]] or [
            PhasePlan("", row.planned_minutes * 60)
        ]
        timer = Countdown(
            plans,
            clock,
            events[row.id],
            auto_advance=auto_advance,
            warning_s=workshop.warning_minutes * 60,
        )
        items.append(
            RunItem(
                id=row.id,
                kind=row.kind,
                title=row.title,
                presenter=row.presenter,
                prompts=_lines(row.prompts),
                phases=cards[row.id],
                slot=slot,
                pinned_start=row.pinned_start_min,
                timer=timer,
                projector_mode=row.projector_mode,
            )
        )
    first_event = min((event.at for stream in events.values() for event in stream), default=None)
    day_start_at = day_start_instant(workshop.day_start_min, workshop.date, first_event, clock.now(), tz)
    return RunState(workshop_id, workshop.title, workshop.warning_minutes, tuple(items), tz, day,
                    workshop.date, day_start_at, workshop.language, workshop.venue)
