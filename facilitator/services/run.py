"""Running the day: timer commands stored as events at once, replanning, undo of a wrong key.

Each command is one transaction that inserts the timer events it caused, so a crash a second later
loses nothing and the next :meth:`RunService.state` rebuilds the same countdown. Undo removes what
the last command wrote (events, or the times a replan wrote). A replan writes replanned times
beside the plan, never over it, so the minutes still say what was planned. Each workshop has
its own history, so Ctrl+Z after switching to another workshop never touches the first one's
run; it lives as long as the service, which is enough for "I pressed the wrong key".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum

from sqlmodel import Session, col, select

from facilitator.domain.clock import Clock, ClockJump, RunClock
from facilitator.domain.countdown import ClockEvent, InvalidCommand, TimerStatus, item_times
from facilitator.domain.kinds import TimerEventKind
from facilitator.domain.replan import compress_rest, shift_rest
from facilitator.services.changes import Changes, user_action
from facilitator.services.run_state import RunItem, RunState, load_run_state
from facilitator.storage.models import AgendaItem, Phase, TimerEvent, Workshop
from facilitator.storage.store import Store



class ReplanMode(StrEnum):
    """How to absorb drift: move everything, or squeeze flexible items around pinned ones."""

    SHIFT = "shift"
    COMPRESS = "compress"


@dataclass(frozen=True)
class ProposedTime:
    """One line of the replan preview: an item's times in the plan in force, and proposed."""

    item_id: int
    title: str
    old_start: int
    old_minutes: int
    new_start: int
    new_minutes: int
    new_phases: tuple[int, ...] = ()  # the phases' proposed lengths, in order


@dataclass(frozen=True)
class _ReplanBackup:
    """An item's replanned times before a replan wrote new ones (``None``: it had none)."""

    item_id: int
    start: int | None
    minutes: int | None
    phase_minutes: tuple[tuple[int, int | None], ...]


@dataclass
class _Undo:
    """What one command wrote, so undo can take exactly that back."""

    event_ids: list[int] = field(default_factory=list)
    plan: list[_ReplanBackup] = field(default_factory=list)


class RunService:
    """Use cases of the live run of one workshop.

    Args:
        store: the open workshop file.
        clock: wall-clock source (a manual clock in tests).
        auto_advance: phases start by themselves when the previous one runs out.
        min_minutes: shortest an item may become when the rest is compressed.
        round_minutes: replanned starts and changed lengths are whole multiples of this.
        tz: time zone of the planned times; ``None`` is the machine's local zone.
    """

    def __init__(
        self,
        store: Store,
        clock: Clock,
        *,
        auto_advance: bool = True,
        min_minutes: int = 5,
        round_minutes: int = 5,
        tz: tzinfo | None = None,
    ) -> None:
        self._store = store
        # The run's own time: a change of the computer's clock moves no countdown (clock.py).
        self._clock = clock if isinstance(clock, RunClock) else RunClock(clock)
        self.auto_advance = auto_advance
        self.min_minutes = min_minutes
        self.round_minutes = round_minutes
        self._tz = tz
        self._undo: dict[int, list[_Undo]] = {}  # per workshop

    @property
    def clock(self) -> RunClock:
        return self._clock

    # --- reading ---------------------------------------------------------------------------

    def state(self, workshop_id: int) -> RunState:
        """The day's items with timers rebuilt from the stored events (also after a crash)."""
        with self._store.read() as session:
            return self._state(session, workshop_id)

    def _state(self, session: Session, workshop_id: int) -> RunState:
        self._continue_timeline(session)
        return load_run_state(
            session, workshop_id, self._clock, auto_advance=self.auto_advance, tz=self._tz
        )

    def _continue_timeline(self, session: Session) -> None:
        """Before the run's time is first read: carry on from the newest stored event, so that a
        restart keeps the timeline and notices a clock changed while the app was closed."""
        if self._clock.anchored:
            return
        latest = session.exec(
            select(TimerEvent).where(col(TimerEvent.elapsed_s).is_not(None)).order_by(col(TimerEvent.id).desc())
        ).first()
        if latest is not None:
            self._clock.continue_from(latest.at, latest.elapsed_s, latest.clock_epoch)

    def clock_jump(self, state: RunState) -> ClockJump | None:
        """The jump of the computer's clock to ask about: only while an item of ``state`` runs or
        is paused. With nothing counting down there is nothing to protect: the run's time follows
        the computer's clock without a question (stored times stay as they were shown)."""
        jump = self._clock.jump
        if jump is not None and self._active(state) is None:
            self._clock.follow_computer_clock()
            return None
        return jump

    def keep_run_time(self) -> None:
        """The facilitator says the run's time is right after the computer's clock jumped."""
        self._clock.keep_run_time()

    @user_action
    def follow_computer_clock(self, workshop_id: int) -> Changes:
        """The facilitator says the computer's clock is right: the run's time moves to it, and the
        events stored on the old timeline (this boot's) move with it, so that countdowns stay
        and the minutes get the right clock times."""
        shift = timedelta(seconds=self._clock.skew())
        epoch = self._clock.epoch()
        with self._store.transaction() as session:
            items = select(AgendaItem.id).where(AgendaItem.workshop_id == workshop_id)
            for event in session.exec(
                select(TimerEvent).where(col(TimerEvent.item_id).in_(items), TimerEvent.clock_epoch == epoch)
            ):
                event.at += shift
                if event.deadline is not None:
                    event.deadline += shift
                session.add(event)
        self._clock.follow_computer_clock()  # only once the events moved with it
        return Changes(timer=True, workshop_id=workshop_id)

    def actual_times(self, workshop_id: int) -> dict[int, tuple[datetime | None, datetime | None]]:
        """Actual start and end of every item, for the minutes (``None`` where not held)."""
        return {run.item.id: item_times(run.timer.events) for run in self.state(workshop_id).items}

    @user_action
    def set_warning_minutes(self, workshop_id: int, minutes: int) -> Changes:
        """How many minutes before zero the countdown turns to its warning colour (0 = never)."""
        with self._store.transaction() as session:
            workshop = session.get(Workshop, workshop_id)
            if workshop is None:
                raise LookupError(f"no workshop {workshop_id}")
            workshop.warning_minutes = max(0, min(60, minutes))
            session.add(workshop)
        return Changes(workshops=True, timer=True, workshop_id=workshop_id)

    # --- timer commands --------------------------------------------------------------------

    @user_action
    def start(self, workshop_id: int, item_id: int) -> Changes:
        """Start (or reopen) an item; whatever else is running ends at the same instant."""
        return self._command(workshop_id, lambda state: self._switch_to(state, item_id))

    @user_action
    def toggle(self, workshop_id: int, seen: tuple[int, TimerStatus] | None = None) -> Changes:
        """Space: start the current item, or pause / resume it.

        ``seen`` is the current item and its state as the pressing station showed them. When
        another station changed the clock meanwhile (two stations pressed "start" at once), the
        press does nothing and the station shows the clock as it now is: two presses give one
        start, never a start and a pause.
        """

        def act(state: RunState) -> list[tuple[RunItem, ClockEvent]]:
            item = state.current()
            if item is None:
                return []
            status = item.timer.view().status
            if seen is not None and seen != (item.item.id, status):
                return []
            if status is TimerStatus.IDLE:
                return self._switch_to(state, item.item.id)
            if status is TimerStatus.PAUSED:
                return [(item, item.timer.resume())]
            return [(item, item.timer.pause())]

        return self._command(workshop_id, act)

    @user_action
    def extend(self, workshop_id: int, minutes: int) -> Changes:
        """Add (or remove) minutes to the current phase of the running item."""

        def act(state: RunState) -> list[tuple[RunItem, ClockEvent]]:
            item = self._active(state)
            return [] if item is None else [(item, item.timer.extend(minutes))]

        return self._command(workshop_id, act)

    @user_action
    def end(self, workshop_id: int) -> Changes:
        """End the running item now (early or late) without starting another."""

        def act(state: RunState) -> list[tuple[RunItem, ClockEvent]]:
            item = self._active(state)
            return [] if item is None else [(item, item.timer.end())]

        return self._command(workshop_id, act)

    @user_action
    def next(self, workshop_id: int) -> Changes:
        """Next phase if the item has one, else end it and start the following item."""

        def act(state: RunState) -> list[tuple[RunItem, ClockEvent]]:
            index = state.current_index()
            if index is None:
                return []
            item = state.items[index]
            if item.timer.allowed(TimerEventKind.NEXT_PHASE):
                return [(item, item.timer.next_phase())]
            if item.timer.view().status is TimerStatus.IDLE:
                return self._switch_to(state, item.item.id)
            following = state.following(index)
            if following is None:
                return [(item, item.timer.end())]
            return self._switch_to(state, following.item.id)

        return self._command(workshop_id, act)

    @user_action
    def previous(self, workshop_id: int) -> Changes:
        """Go back: end what runs and reopen the item before it where its countdown stopped."""

        def act(state: RunState) -> list[tuple[RunItem, ClockEvent]]:
            index = state.current_index()
            index = len(state.items) if index is None else index
            if index == 0:
                return []
            return self._switch_to(state, state.items[index - 1].item.id)

        return self._command(workshop_id, act)

    @user_action
    def skip(self, workshop_id: int, item_id: int) -> Changes:
        """Mark an item that has not started as skipped (the minutes show it was not held)."""

        def act(state: RunState) -> list[tuple[RunItem, ClockEvent]]:
            item = next(i for i in state.items if i.item.id == item_id)
            if item.timer.view().status is not TimerStatus.IDLE:
                return []
            return [(item, item.timer.skip())]

        return self._command(workshop_id, act)

    @staticmethod
    def _active(state: RunState) -> RunItem | None:
        item = state.current()
        if item is None or item.timer.view().status in (TimerStatus.IDLE, TimerStatus.ENDED):
            return None
        return item

    def _switch_to(self, state: RunState, item_id: int) -> list[tuple[RunItem, ClockEvent]]:
        written = []
        target = next(i for i in state.items if i.item.id == item_id)
        active = self._active(state)
        if active is not None and active.item.id != item_id:
            written.append((active, active.timer.end()))
        if target.timer.allowed(TimerEventKind.START):
            written.append((target, target.timer.start()))
        return written

    def _command(
        self, workshop_id: int, act: Callable[[RunState], list[tuple[RunItem, ClockEvent]]]
    ) -> Changes:
        with self._store.transaction() as session:
            state = self._state(session, workshop_id)
            try:
                written = act(state)
            except InvalidCommand:  # e.g. the wall clock jumped between check and command
                written = []
            if not written:
                return Changes()
            rows = []
            for item, event in written:
                view = item.timer.view(event.at)
                card = item.phase_card(view.phase_index)
                row = TimerEvent(
                    item_id=item.item.id,
                    phase_id=None if card is None else card.id,
                    kind=str(event.kind),
                    at=event.at,
                    amount_s=event.amount_s,
                    deadline=view.deadline,
                    elapsed_s=self._clock.elapsed_at(event.at),
                    clock_epoch=self._clock.epoch(),
                )
                session.add(row)
                rows.append(row)
            session.flush()
            self._history(workshop_id).append(_Undo(event_ids=[row.id for row in rows if row.id is not None]))
        return Changes(timer=True, workshop_id=workshop_id)

    # --- replanning ------------------------------------------------------------------------

    def propose_replan(self, workshop_id: int, mode: ReplanMode) -> list[ProposedTime]:
        """New times for the items not yet started, for the user to look at before applying."""
        state = self.state(workshop_id)
        return self._proposal(state, mode)

    def _proposal(self, state: RunState, mode: ReplanMode) -> list[ProposedTime]:
        index = state.current_index()
        start = state.rest_start(self._clock.now())
        if index is None or start is None:
            return []
        rest = state.rest_of_day(index)  # a longer programme is replanned one day at a time
        if not rest:
            return []
        in_force = [item.item.in_force() for item in rest]
        start = max(start, state.day.start)  # a room far ahead of an early start begins at the start
        step = max(1, self.round_minutes)
        if mode is ReplanMode.SHIFT:
            new = shift_rest(in_force, [item.slot.start for item in rest], start, step)
        else:
            new = compress_rest(in_force, start, state.day.end, min_minutes=self.min_minutes, step=step)
        return [
            ProposedTime(item.item.id, item.item.title, item.slot.start, item.slot.minutes, times.start, times.minutes,
                         times.phases_minutes)
            for item, times in zip(rest, new)
        ]

    @user_action
    def apply_replan(self, workshop_id: int, mode: ReplanMode) -> Changes:
        """Store the proposed times as replanned times (the plan itself is kept as planned).

        The proposal is recomputed now, so it follows the preview's rules; no pin is made.
        """
        with self._store.transaction() as session:
            state = self._state(session, workshop_id)
            backups = []
            for line in self._proposal(state, mode):
                row = session.get(AgendaItem, line.item_id)
                assert row is not None
                phases = session.exec(
                    select(Phase).where(Phase.item_id == line.item_id).order_by(col(Phase.position))
                ).all()
                backups.append(_ReplanBackup(
                    line.item_id, row.replanned_start_min, row.replanned_minutes,
                    tuple((p.id, p.replanned_minutes) for p in phases if p.id is not None),
                ))
                row.replanned_start_min, row.replanned_minutes = line.new_start, line.new_minutes
                for phase, minutes in zip(phases, line.new_phases):
                    phase.replanned_minutes = minutes
            if not backups:
                return Changes()
        self._history(workshop_id).append(_Undo(plan=backups))
        return Changes(agenda=True, timer=True, workshop_id=workshop_id)

    # --- undo ------------------------------------------------------------------------------

    def _history(self, workshop_id: int) -> list[_Undo]:
        return self._undo.setdefault(workshop_id, [])

    def can_undo(self, workshop_id: int) -> bool:
        return bool(self._undo.get(workshop_id))

    @user_action
    def undo(self, workshop_id: int) -> Changes:
        """Take back the workshop's last command: its timer events, or the plan a replan changed."""
        history = self._undo.get(workshop_id)
        if not history:
            return Changes()
        last = history.pop()
        with self._store.transaction() as session:
            for event_id in last.event_ids:
                row = session.get(TimerEvent, event_id)
                if row is not None:
                    session.delete(row)
            for backup in last.plan:
                item = session.get(AgendaItem, backup.item_id)
                if item is None:
                    continue
                item.replanned_start_min, item.replanned_minutes = backup.start, backup.minutes
                for phase_id, minutes in backup.phase_minutes:
                    phase = session.get(Phase, phase_id)
                    if phase is not None:
                        phase.replanned_minutes = minutes
        return Changes(agenda=bool(last.plan), timer=True, workshop_id=workshop_id)
