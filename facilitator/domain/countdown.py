"""Countdown of one agenda item and its phases, folded from timer events.

The timer is event-sourced: every command the facilitator gives becomes a :class:`ClockEvent`
(kind, wall-clock instant, amount) and the state is the fold of those events. Storing the events as
they happen is therefore enough to rebuild the exact state after a crash, and the actual start and
end of an item (for the minutes) are read from the same events. Remaining time is always
``deadline - now`` on the wall clock, never a count of ticks, so a repaint timer that skips or a
laptop that slept cannot make the countdown drift.

Phases advance by themselves when their time is up (``auto_advance``); that advance is computed from
the events and the clock, not stored, so a rebuild reproduces it. With ``auto_advance`` off a phase
runs into overtime until the facilitator moves on.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum

from facilitator.domain.clock import Clock
from facilitator.domain.kinds import TimerEventKind


class TimerStatus(StrEnum):
    """Where the item's timer is; OVERTIME is RUNNING past the shown deadline."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    OVERTIME = "overtime"
    ENDED = "ended"


class Tone(StrEnum):
    """Colour of the countdown: calm, last minutes, over time."""

    NORMAL = "normal"
    WARNING = "warning"
    OVERTIME = "overtime"


class InvalidCommand(ValueError):
    """A command that makes no sense in the timer's present state (e.g. pause when idle)."""


@dataclass(frozen=True)
class PhasePlan:
    """One timed part of an item; an item without phases is one phase of its whole duration."""

    label: str
    seconds: int


@dataclass(frozen=True)
class ClockEvent:
    """What the facilitator did to the clock, as stored: kind, wall instant, seconds added."""

    kind: TimerEventKind
    at: datetime
    amount_s: int = 0


@dataclass(frozen=True)
class TimerView:
    """The timer as it stands at one instant: everything a console or projector paints."""

    at: datetime
    status: TimerStatus
    tone: Tone
    phase_index: int
    phase_count: int
    phase_label: str
    remaining_s: float  # of the current phase; negative in overtime
    phase_total_s: float  # planned plus extensions of the current phase
    item_remaining_s: float  # current phase (not below zero) plus the phases still to come
    deadline: datetime | None  # when the current phase ends, while running
    started_at: datetime | None
    ended_at: datetime | None
    skipped: bool
    paused_s: float

    @property
    def progress(self) -> float:
        """Elapsed share of the current phase, 0..1 (full in overtime)."""
        if self.phase_total_s <= 0:
            return 1.0
        return min(1.0, max(0.0, 1.0 - self.remaining_s / self.phase_total_s))

    def expected_end(self) -> datetime | None:
        """When the item will end if nothing more is added; None before it starts."""
        if self.status is TimerStatus.ENDED:
            return self.ended_at
        if self.status is TimerStatus.IDLE:
            return None
        return self.at + timedelta(seconds=self.item_remaining_s)


@dataclass
class _Fold:
    """Mutable state while folding events; only ever copied out as a TimerView."""

    phases: tuple[PhasePlan, ...]
    auto_advance: bool
    base: TimerStatus = TimerStatus.IDLE  # IDLE, RUNNING, PAUSED or ENDED
    phase: int = 0
    deadline: datetime | None = None
    held_remaining_s: float = 0.0  # remaining while paused or ended
    paused_since: datetime | None = None
    paused_s: float = 0.0
    extensions: list[int] = field(default_factory=list)
    started_at: datetime | None = None
    ended_at: datetime | None = None
    skipped: bool = False

    def phase_seconds(self, index: int) -> float:
        return self.phases[index].seconds + self.extensions[index]

    def settle(self, now: datetime) -> None:
        """Advance through phases whose time ran out before ``now`` (auto-advance only)."""
        while (
            self.auto_advance
            and self.base is TimerStatus.RUNNING
            and self.deadline is not None
            and self.phase < len(self.phases) - 1
            and self.deadline <= now
        ):
            self.phase += 1
            self.deadline += timedelta(seconds=self.phase_seconds(self.phase))

    def remaining(self, now: datetime) -> float:
        if self.base is TimerStatus.RUNNING and self.deadline is not None:
            return (self.deadline - now).total_seconds()
        if self.base is TimerStatus.IDLE:
            return float(self.phase_seconds(0))
        return self.held_remaining_s

    def allowed(self, kind: TimerEventKind) -> bool:
        active = self.base in (TimerStatus.RUNNING, TimerStatus.PAUSED)
        return {
            TimerEventKind.START: self.base in (TimerStatus.IDLE, TimerStatus.ENDED),
            TimerEventKind.PAUSE: self.base is TimerStatus.RUNNING,
            TimerEventKind.RESUME: self.base is TimerStatus.PAUSED,
            TimerEventKind.EXTEND: active,
            TimerEventKind.NEXT_PHASE: active and self.phase < len(self.phases) - 1,
            TimerEventKind.END: self.base is not TimerStatus.ENDED,
        }[kind]

    def apply(self, event: ClockEvent) -> None:
        """Fold one event in; events must arrive in time order."""
        self.settle(event.at)
        if not self.allowed(event.kind):
            raise InvalidCommand(f"{event.kind} while {self.base}")
        at = event.at
        if event.kind is TimerEventKind.START:
            if self.started_at is None:  # first start (also of an item first skipped)
                self.started_at, self.phase, self.skipped = at, 0, False
                self.held_remaining_s = float(self.phase_seconds(0))
            self.deadline = at + timedelta(seconds=self.held_remaining_s)
            self.base, self.ended_at = TimerStatus.RUNNING, None
        elif event.kind is TimerEventKind.PAUSE:
            self.held_remaining_s = self.remaining(at)
            self.base, self.deadline, self.paused_since = TimerStatus.PAUSED, None, at
        elif event.kind is TimerEventKind.RESUME:
            self._close_pause(at)
            self.deadline = at + timedelta(seconds=self.held_remaining_s)
            self.base = TimerStatus.RUNNING
        elif event.kind is TimerEventKind.EXTEND:
            self.extensions[self.phase] += event.amount_s
            if self.deadline is not None:
                self.deadline += timedelta(seconds=event.amount_s)
            else:
                self.held_remaining_s += event.amount_s
        elif event.kind is TimerEventKind.NEXT_PHASE:
            self._close_pause(at)
            self.phase += 1
            self.deadline = at + timedelta(seconds=self.phase_seconds(self.phase))
            self.base = TimerStatus.RUNNING
        elif event.kind is TimerEventKind.END:
            if self.base is TimerStatus.IDLE:
                self.skipped = True
            else:
                self.held_remaining_s = self.remaining(at)
                self._close_pause(at)
                self.ended_at = at
            self.base, self.deadline = TimerStatus.ENDED, None

    def _close_pause(self, at: datetime) -> None:
        if self.paused_since is not None:
            self.paused_s += (at - self.paused_since).total_seconds()
            self.paused_since = None


def _copy(state: _Fold) -> _Fold:
    return replace(state, extensions=list(state.extensions))


class Countdown:
    """The timer of one agenda item, commanded live and rebuildable from its stored events.

    Args:
        phases: the item's phases in order; an item without phases passes one phase.
        clock: where "now" comes from.
        events: events already stored for this item (rebuild after a restart).
        auto_advance: start the next phase by itself when one runs out.
        warning_s: how long before zero the countdown turns to its warning colour.
    """

    def __init__(
        self,
        phases: Sequence[PhasePlan],
        clock: Clock,
        events: Iterable[ClockEvent] = (),
        *,
        auto_advance: bool = True,
        warning_s: float = 120,
    ) -> None:
        if not phases:
            raise ValueError("an item needs at least one phase")
        self._phases = tuple(phases)
        self._clock = clock
        self._warning_s = warning_s
        self._state = _Fold(self._phases, auto_advance, extensions=[0] * len(self._phases))
        self._events: list[ClockEvent] = []
        for event in events:
            try:
                self._state.apply(event)
            except InvalidCommand:
                continue  # a stored event that no longer fits (agenda edited): never block a restart
            self._events.append(event)

    @property
    def events(self) -> tuple[ClockEvent, ...]:
        """Every event so far, in the order they must be stored."""
        return tuple(self._events)

    @property
    def phases(self) -> tuple[PhasePlan, ...]:
        return self._phases

    def view(self, now: datetime | None = None) -> TimerView:
        """The state at ``now`` (default: the clock's now); pure, changes nothing."""
        at = self._clock.now() if now is None else now
        state = _copy(self._state)
        state.settle(at)
        remaining = state.remaining(at)
        later = sum(state.phase_seconds(i) for i in range(state.phase + 1, len(self._phases)))
        status = state.base
        if status is TimerStatus.RUNNING and remaining < 0:
            status = TimerStatus.OVERTIME
        return TimerView(
            at=at,
            status=status,
            tone=self._tone(remaining),
            phase_index=state.phase,
            phase_count=len(self._phases),
            phase_label=self._phases[state.phase].label,
            remaining_s=remaining,
            phase_total_s=float(state.phase_seconds(state.phase)),
            item_remaining_s=max(0.0, remaining) + later,
            deadline=state.deadline,
            started_at=state.started_at,
            ended_at=state.ended_at,
            skipped=state.skipped,
            paused_s=state.paused_s
            + ((at - state.paused_since).total_seconds() if state.paused_since else 0.0),
        )

    def allowed(self, kind: TimerEventKind) -> bool:
        """Whether a command of this kind may be given now (the console greys out the rest)."""
        state = _copy(self._state)
        state.settle(self._clock.now())
        return state.allowed(kind)

    def start(self) -> ClockEvent:
        """Start the item, or reopen an ended one where its countdown stopped."""
        return self._command(TimerEventKind.START)

    def pause(self) -> ClockEvent:
        return self._command(TimerEventKind.PAUSE)

    def resume(self) -> ClockEvent:
        return self._command(TimerEventKind.RESUME)

    def extend(self, minutes: float) -> ClockEvent:
        """Add (or with a negative amount remove) time from the current phase."""
        return self._command(TimerEventKind.EXTEND, round(minutes * 60))

    def next_phase(self) -> ClockEvent:
        """Move on to the next phase now; it starts running with its full time."""
        return self._command(TimerEventKind.NEXT_PHASE)

    def end(self) -> ClockEvent:
        """End the item (early or late); ending an idle item marks it skipped."""
        return self._command(TimerEventKind.END)

    def skip(self) -> ClockEvent:
        """Skip an item that never started; its minutes then show no actual times."""
        if self._state.base is not TimerStatus.IDLE:
            raise InvalidCommand("only an item that has not started can be skipped")
        return self._command(TimerEventKind.END)

    def _command(self, kind: TimerEventKind, amount_s: int = 0) -> ClockEvent:
        now = self._clock.now()
        if self._events and now < self._events[-1].at:
            now = self._events[-1].at  # wall clock set back: keep the events in order
        event = ClockEvent(kind, now, amount_s)
        self._state.apply(event)  # raises InvalidCommand before anything is recorded
        self._events.append(event)
        return event

    def _tone(self, remaining: float) -> Tone:
        if self._state.base in (TimerStatus.IDLE, TimerStatus.ENDED):
            return Tone.NORMAL
        if remaining < 0:
            return Tone.OVERTIME
        if remaining <= self._warning_s:
            return Tone.WARNING
        return Tone.NORMAL


def chime_due(before: TimerView, after: TimerView) -> bool:
    """Whether a running phase reached zero between two repaints (a key press does not chime)."""
    if before.status is not TimerStatus.RUNNING or before.deadline is None:
        return False
    if after.status is TimerStatus.ENDED or after.at < before.deadline:
        return False
    return after.phase_index > before.phase_index or after.remaining_s <= 0


def format_countdown(seconds: float) -> str:
    """Countdown text: "12:34", "1:02:03" for long items, "+03:12" in overtime.

    Positive time is rounded up so that "00:00" appears exactly at zero; overtime counts whole
    seconds past it.
    """
    if seconds >= 0:
        whole, sign = math.ceil(seconds), ""
    else:
        whole, sign = math.floor(-seconds), "+"
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"


def item_times(events: Iterable[ClockEvent]) -> tuple[datetime | None, datetime | None]:
    """Actual start and end of an item for the minutes: first start, last end after it.

    Events are read in time order whatever order they come in. An item reopened and not ended
    again, or never ended, has no end: guessing one would put a wrong time in the minutes.
    """
    start = end = None
    for event in sorted(events, key=lambda event: event.at):
        if event.kind is TimerEventKind.START:
            start = start or event.at
            end = None
        elif event.kind is TimerEventKind.END and start is not None:
            end = event.at
    return start, end
