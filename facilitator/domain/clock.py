"""Clocks the countdown reads, and detection of a laptop that slept.

The countdown is wall-clock based: a laptop suspended over lunch must show the real remaining time
when it wakes, and on Linux the monotonic clock stops during suspend. Comparing how far each clock
moved between two observations tells a suspend (or a clock change) apart from normal running, so the
console can say why the timer jumped.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from enum import StrEnum
from typing import Protocol


class Clock(Protocol):
    """Source of time for the countdown; injected so tests and demos control it."""

    def now(self) -> datetime:
        """The current wall-clock instant, timezone-aware."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards (may stop during suspend)."""
        ...


class SystemClock:
    """The real clocks of the machine."""

    def now(self) -> datetime:
        return datetime.now(timezone.utc)

    def monotonic(self) -> float:
        return time.monotonic()


class ManualClock:
    """A clock that only moves when told to: tests, screenshots and rehearsals.

    ``advance`` moves both clocks like normal running; ``sleep_laptop`` moves only the wall clock,
    which is what a suspended Linux laptop sees.
    """

    def __init__(self, start: datetime, monotonic: float = 1000.0) -> None:
        if start.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware start")
        self._now = start
        self._mono = monotonic

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> None:
        """Let time pass while the machine is awake."""
        self._now += timedelta(seconds=seconds)
        self._mono += seconds

    def sleep_laptop(self, seconds: float) -> None:
        """Let wall time pass while the monotonic clock stands still (Linux suspend)."""
        self._now += timedelta(seconds=seconds)

    def set_wall(self, instant: datetime) -> None:
        """Set the wall clock as a user or NTP would, leaving the monotonic clock alone."""
        self._now = instant


class JumpKind(StrEnum):
    """Why wall time and monotonic time disagreed."""

    SUSPEND = "suspend"
    CLOCK_BACK = "clock_back"


@dataclass(frozen=True)
class ClockJump:
    """A disagreement between the clocks worth a notice to the facilitator."""

    kind: JumpKind
    seconds: float


class SuspendDetector:
    """Watches wall and monotonic time between repaints and reports jumps.

    Args:
        threshold_s: how many seconds the clocks may disagree before it counts as a jump; small
            disagreements are NTP slewing and scheduling noise.
    """

    def __init__(self, threshold_s: float = 30.0) -> None:
        self._threshold = threshold_s
        self._last: tuple[datetime, float] | None = None

    def observe(self, wall: datetime, mono: float) -> ClockJump | None:
        """Record one observation; returns a jump if the clocks moved apart since the last one."""
        last, self._last = self._last, (wall, mono)
        if last is None:
            return None
        gap = (wall - last[0]).total_seconds() - (mono - last[1])
        if gap > self._threshold:
            return ClockJump(JumpKind.SUSPEND, gap)
        if gap < -self._threshold:
            return ClockJump(JumpKind.CLOCK_BACK, -gap)
        return None
