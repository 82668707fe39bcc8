"""Suspend detection: wall time racing ahead of the stopped monotonic clock."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from facilitator.domain.clock import ClockJump, JumpKind, ManualClock, SuspendDetector

T0 = datetime(2026, 3, 12, 11, 0, tzinfo=timezone.utc)


def observe(detector: SuspendDetector, clock: ManualClock) -> ClockJump | None:
    return detector.observe(clock.now(), clock.monotonic())


def test_normal_running_and_small_jitter_are_no_jump():
    clock, detector = ManualClock(T0), SuspendDetector(threshold_s=30)
    assert observe(detector, clock) is None
    for _ in range(100):
        clock.advance(1)
        assert observe(detector, clock) is None
    clock.set_wall(clock.now() + timedelta(seconds=5))  # NTP nudge
    assert observe(detector, clock) is None


def test_suspend_is_reported_with_its_length():
    clock, detector = ManualClock(T0), SuspendDetector(threshold_s=30)
    observe(detector, clock)
    clock.sleep_laptop(40 * 60)
    clock.advance(1)
    jump = observe(detector, clock)
    assert jump is not None and jump.kind is JumpKind.SUSPEND
    assert jump.seconds == pytest.approx(40 * 60)
    clock.advance(1)
    assert observe(detector, clock) is None


def test_wall_clock_set_back_is_reported():
    clock, detector = ManualClock(T0), SuspendDetector(threshold_s=30)
    observe(detector, clock)
    clock.set_wall(T0 - timedelta(hours=1))
    assert observe(detector, clock) == ClockJump(JumpKind.CLOCK_BACK, 3600)


def test_manual_clock_refuses_naive_times():
    with pytest.raises(ValueError):
        ManualClock(datetime(2026, 1, 1))
