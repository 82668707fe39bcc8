"""The run's own time: elapsed time carries it forward, a wall-clock jump is noticed, not followed."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from facilitator.domain.clock import ManualClock, RunClock, SleepWatch, SystemClock

T0 = datetime(2026, 3, 12, 11, 0, tzinfo=timezone.utc)


def test_normal_running_and_small_nudges_are_no_jump():
    clock = ManualClock(T0)
    run = RunClock(clock, threshold_s=60)
    assert run.now() == T0
    for _ in range(100):
        clock.advance(1)
        assert run.now() == clock.now()
    clock.set_wall(clock.now() + timedelta(seconds=5))  # an NTP nudge
    assert run.jump is None
    assert run.now() == T0 + timedelta(seconds=100)


def test_a_suspend_is_time_passing_not_a_jump_and_is_told_once():
    clock, watch = ManualClock(T0), SleepWatch(threshold_s=30)
    run = RunClock(clock)
    run.now()
    assert watch.observe(clock.asleep()) is None
    clock.sleep_laptop(40 * 60)
    assert run.now() == T0 + timedelta(minutes=40)
    assert run.jump is None
    assert watch.observe(clock.asleep()) == pytest.approx(40 * 60)
    clock.advance(1)
    assert watch.observe(clock.asleep()) is None


def test_wall_clock_set_back_is_a_jump_the_run_time_ignores():
    clock = ManualClock(T0)
    run = RunClock(clock)
    run.now()
    clock.advance(60)
    clock.set_wall(T0 - timedelta(hours=1))
    assert run.now() == T0 + timedelta(seconds=60)
    jump = run.jump
    assert jump is not None and jump.seconds == pytest.approx(-3600 - 60)
    assert run.skew() == pytest.approx(-3660)
    run.follow_computer_clock()
    assert run.jump is None and run.now() == T0 - timedelta(hours=1)


def test_a_restart_carries_on_the_timeline_of_the_same_boot_only():
    clock = ManualClock(T0, monotonic=500.0)
    run = RunClock(clock)
    stored = (run.now(), run.elapsed_at(run.now()), run.epoch())
    clock.advance(600)
    clock.set_wall(clock.now() + timedelta(hours=1))
    again = RunClock(clock)
    again.continue_from(*stored)
    assert again.now() == T0 + timedelta(minutes=10) and again.jump is not None
    clock.restart_computer()
    fresh = RunClock(clock)
    fresh.continue_from(*stored)  # another boot: its elapsed clock means nothing here
    assert fresh.now() == clock.now() and fresh.jump is None


def test_each_manual_clock_is_a_machine_of_its_own():
    assert ManualClock(T0).epoch() != ManualClock(T0).epoch()
    assert ManualClock(T0, epoch="laptop").epoch() == "laptop"


def test_the_system_clock_keeps_its_boot_and_never_goes_back():
    system = SystemClock()
    first = system.monotonic()
    assert system.monotonic() >= first and system.epoch() == system.epoch()
    assert system.asleep() >= 0


def test_manual_clock_refuses_naive_times():
    with pytest.raises(ValueError):
        ManualClock(datetime(2026, 1, 1))
