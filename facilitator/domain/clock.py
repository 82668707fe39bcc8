"""Clocks the countdown reads, and the time a run keeps when the computer's clock changes.

Two readings of time: the wall clock (what the minutes show, what pinned times mean) and an
elapsed clock that never goes backwards and keeps counting while the laptop sleeps (Linux
``CLOCK_BOOTTIME``, macOS ``CLOCK_MONOTONIC``, Windows' monotonic counter). A laptop that slept
over lunch therefore shows the real remaining time, and a change of the wall clock (by hand, by
NTP, a wrong time zone corrected) is told apart from time passing.

:class:`RunClock` is the time a run keeps: the wall clock as it stood when the run's timeline
was anchored, carried forward by the elapsed clock. A jump of the wall clock moves no countdown
and no stored event; it is noticed, and the facilitator says which time is right.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from typing import Protocol
from uuid import uuid4

JUMP_THRESHOLD_S = 60.0  # wall and elapsed time may drift apart this much (NTP slewing, rounding)
CONTINUE_WITHIN_S = 24 * 3600.0  # a restart carries on a timeline whose last event is this recent


class Clock(Protocol):
    """Source of time for the countdown; injected so tests and demos control it."""

    def now(self) -> datetime:
        """The current wall-clock instant, timezone-aware."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards and counts through a suspend."""
        ...

    def epoch(self) -> str:
        """Which run of :meth:`monotonic` a reading belongs to (it restarts with the computer)."""
        ...

    def asleep(self) -> float:
        """Seconds the computer has been suspended since it started (0 where unknown)."""
        ...


@cache
def _boot_id() -> str:
    """This boot's id: Linux's own, else one per process (a restart then starts a new timeline)."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip() or f"process-{uuid4()}"
    except OSError:
        return f"process-{uuid4()}"


def _elapsed() -> float:
    """Seconds since boot, sleep included, where the system has such a clock."""
    if hasattr(time, "CLOCK_BOOTTIME"):  # Linux: CLOCK_MONOTONIC stops while suspended
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    if sys.platform == "darwin":  # macOS: CLOCK_MONOTONIC keeps counting while asleep
        return time.clock_gettime(time.CLOCK_MONOTONIC)
    return time.monotonic()  # elsewhere (Windows): Python's monotonic clock, untested there


def _asleep() -> float:
    """Suspended seconds: the counting-through-sleep clock minus one that stops in a suspend."""
    if hasattr(time, "CLOCK_BOOTTIME"):
        stopping = time.clock_gettime(time.CLOCK_MONOTONIC)  # read first: the difference stays >= 0
        return max(0.0, time.clock_gettime(time.CLOCK_BOOTTIME) - stopping)
    if sys.platform == "darwin" and hasattr(time, "CLOCK_UPTIME_RAW"):
        stopping = time.clock_gettime(time.CLOCK_UPTIME_RAW)
        return max(0.0, time.clock_gettime(time.CLOCK_MONOTONIC) - stopping)
    return 0.0


class SystemClock:
    """The real clocks of the machine."""

    def now(self) -> datetime:
        return datetime.now(timezone.utc)

    def monotonic(self) -> float:
        return _elapsed()

    def epoch(self) -> str:
        return _boot_id()

    def asleep(self) -> float:
        return _asleep()


class ManualClock:
    """A clock that only moves when told to: tests, screenshots and rehearsals.

    ``advance`` and ``sleep_laptop`` let time pass (the elapsed clock counts through a suspend);
    ``set_wall`` changes the wall clock as a user or NTP would; ``restart_computer`` starts a new
    elapsed clock. Each ManualClock is a computer of its own (its own ``epoch``) unless ``epoch``
    names the one it continues.
    """

    def __init__(self, start: datetime, monotonic: float = 1000.0, epoch: str | None = None) -> None:
        if start.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware start")
        self._now = start
        self._mono = monotonic
        self._asleep = 0.0
        self._machine = epoch or f"manual-{uuid4()}"
        self._boots = 0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def epoch(self) -> str:
        return self._machine if self._boots == 0 else f"{self._machine}/{self._boots}"

    def asleep(self) -> float:
        return self._asleep

    def advance(self, seconds: float) -> None:
        """Let time pass while the machine is awake."""
        self._now += timedelta(seconds=seconds)
        self._mono += seconds

    def sleep_laptop(self, seconds: float) -> None:
        """Let time pass while the laptop is suspended (the elapsed clock counts it too)."""
        self.advance(seconds)
        self._asleep += seconds

    def set_wall(self, instant: datetime) -> None:
        """Set the wall clock as a user or NTP would, leaving the elapsed clock alone."""
        self._now = instant

    def restart_computer(self, seconds_off: float = 60.0) -> None:
        """Switch the machine off for ``seconds_off`` and on again: a new elapsed clock."""
        self._now += timedelta(seconds=seconds_off)
        self._boots += 1
        self._mono = 10.0
        self._asleep = 0.0


class SleepWatch:
    """Tells, once, that the laptop was suspended, so the console can say why time leapt on."""

    def __init__(self, threshold_s: float = 30.0) -> None:
        self._threshold = threshold_s
        self._last: float | None = None

    def observe(self, asleep: float) -> float | None:
        """Record the clock's :meth:`Clock.asleep`; returns the seconds of a suspend just ended."""
        last, self._last = self._last, asleep
        if last is None or asleep - last < self._threshold:
            return None
        return asleep - last


@dataclass(frozen=True)
class ClockJump:
    """The computer's clock has moved away from the time the run keeps.

    ``seconds`` is the computer's clock minus the run's time: positive when the clock jumped
    forward. ``kept`` and ``wall`` are both readings at the moment it was noticed.
    """

    seconds: float
    kept: datetime
    wall: datetime


class RunClock:
    """The time a run keeps: wall time anchored once, carried forward by elapsed time.

    Args:
        source: the machine's clocks (a :class:`ManualClock` in tests).
        threshold_s: how far the two may drift apart before it counts as a jump.
    """

    def __init__(self, source: Clock, threshold_s: float = JUMP_THRESHOLD_S) -> None:
        self._source = source
        self._threshold = threshold_s
        self._anchor: tuple[datetime, float] | None = None  # (run's time, elapsed reading)
        self._accepted_s = 0.0  # a difference the facilitator has said to live with
        self._pending: ClockJump | None = None

    def now(self) -> datetime:
        """The run's time now; notices a jump of the computer's clock on the way."""
        wall, elapsed = self._source.now(), self._source.monotonic()
        kept = self._kept(wall, elapsed)
        skew = (wall - kept).total_seconds()
        if abs(skew) < self._threshold:  # the clocks agree (again): nothing to ask
            self._accepted_s, self._pending = 0.0, None
        elif abs(skew - self._accepted_s) >= self._threshold and self._pending is None:
            self._pending = ClockJump(skew, kept, wall)
        return kept

    def _kept(self, wall: datetime, elapsed: float) -> datetime:
        if self._anchor is None:
            self._anchor = (wall, elapsed)
        at, then = self._anchor
        return at + timedelta(seconds=elapsed - then)

    @property
    def source(self) -> Clock:
        """The machine's clocks it reads (a :class:`ManualClock` in tests and rehearsals)."""
        return self._source

    def monotonic(self) -> float:
        return self._source.monotonic()

    def epoch(self) -> str:
        return self._source.epoch()

    def asleep(self) -> float:
        return self._source.asleep()

    @property
    def anchored(self) -> bool:
        """Whether the run's time has been fixed (read once, or carried on from a stored event)."""
        return self._anchor is not None

    def elapsed_at(self, instant: datetime) -> float:
        """The elapsed clock's reading at ``instant`` of the run's time (stored with events)."""
        if self._anchor is None:
            self.now()
        assert self._anchor is not None
        at, then = self._anchor
        return then + (instant - at).total_seconds()

    def continue_from(self, at: datetime, elapsed: float | None, epoch: str | None) -> None:
        """Carry on the timeline of a stored event: after a restart of the app on the same boot,
        ``at`` and its elapsed reading fix the run's time, and a clock changed meanwhile is
        noticed. Only before the run's time was first read, and only for an event of the last day
        (an older run is over: today's starts from the computer's clock)."""
        if self._anchor is not None or elapsed is None or epoch != self.epoch():
            return
        if 0 <= self._source.monotonic() - elapsed <= CONTINUE_WITHIN_S:
            self._anchor = (at, elapsed)
        self.now()

    @property
    def jump(self) -> ClockJump | None:
        """A jump the facilitator has not answered yet."""
        return self._pending

    def keep_run_time(self) -> None:
        """The facilitator says the run's time is right: the computer's clock is wrong."""
        if self._pending is not None:
            self._accepted_s = self._pending.seconds
            self._pending = None

    def skew(self) -> float:
        """Seconds the computer's clock is ahead of the run's time (negative: behind)."""
        wall, elapsed = self._source.now(), self._source.monotonic()
        return (wall - self._kept(wall, elapsed)).total_seconds()

    def follow_computer_clock(self) -> None:
        """The facilitator says the computer's clock is right: the run's time moves to it (the
        instants stored before are then :meth:`skew` seconds wrong)."""
        wall, elapsed = self._source.now(), self._source.monotonic()
        self._anchor = (wall, elapsed)
        self._accepted_s, self._pending = 0.0, None
