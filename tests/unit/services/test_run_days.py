"""A programme of several days is run one day at a time: each day's drift, end and clock times.

Found on the real desktop with a two-day programme read from text: the console said "440 min
behind — expected end 19.21 (planned 12.00)" with day 1's end as the day's, and the second day's
actual times and drift were counted from the first day's start (a whole day behind).
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from facilitator.domain.clock import ManualClock
from facilitator.domain.countdown import TimerStatus
from facilitator.services.run import RunService
from facilitator.storage.database import open_store
from tests.run_support import DAY_ONE, add_two_day_workshop

UTC = timezone.utc


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


@pytest.fixture
def store(tmp_path):
    opened = open_store(tmp_path / "w.sqlite")
    yield opened
    opened.close()


def _rig(store, held_on: date | None = DAY_ONE) -> tuple[ManualClock, RunService, int, list[int]]:
    """The two-day workshop, and its run service at 9.00 on the first day."""
    clock = ManualClock(_at(DAY_ONE, 9))
    wid, ids = add_two_day_workshop(store, held_on)
    return clock, RunService(store, clock, tz=UTC), wid, ids


def _run_day_one(service: RunService, clock: ManualClock, wid: int) -> None:
    """Day 1 as planned: both items started on time and ended on time."""
    service.toggle(wid)
    clock.advance(60 * 60)
    service.next(wid)
    service.toggle(wid)
    clock.advance(60 * 60)
    service.end(wid)


def test_the_first_day_ends_at_its_own_end_not_at_the_last_day_s(store):
    clock, service, wid, _ = _rig(store)
    service.toggle(wid)
    clock.advance(70 * 60)  # 10.10: the first item ten minutes over
    state = service.state(wid)
    drift = state.drift(clock.now())
    assert (drift.behind_min, drift.planned_end, drift.expected_end) == (10, 11 * 60, 11 * 60 + 10)
    assert (state.day.number, state.day.title) == (0, "Dag 1 – torsdag")


def test_the_second_day_is_counted_from_its_own_morning(store):
    clock, service, wid, ids = _rig(store)
    _run_day_one(service, clock, wid)
    clock.advance((22 * 60 + 5) * 60)  # 9.05 the next morning: five minutes late
    state = service.state(wid)
    assert state.current().item.id == ids[2]
    assert (state.day.number, state.day.title) == (1, "Dag 2 – fredag")
    drift = state.drift(clock.now())
    assert (drift.behind_min, drift.planned_end) == (5, 12 * 60)
    service.toggle(wid)
    clock.advance(60 * 60)
    state = service.state(wid)
    started = state.items[2].timer.view(clock.now()).started_at
    assert state.minutes_of_day(started) == pytest.approx(9 * 60 + 5)
    assert state.drift(clock.now()).behind_min == 5
    # Day 1's actual times stay on day 1's clock.
    first = state.items[0].timer.view(clock.now()).started_at
    assert state.minutes_of_day(first) == pytest.approx(9 * 60)


def test_no_drift_the_evening_before_the_second_day(store):
    clock, service, wid, _ = _rig(store)
    _run_day_one(service, clock, wid)
    clock.advance(7 * 60 * 60)  # 18.00: day 1 done, still the evening of day 1
    assert service.state(wid).drift(clock.now()) is None


def test_without_a_date_the_second_day_starts_when_its_first_item_starts(store):
    clock, service, wid, _ = _rig(store, held_on=None)
    _run_day_one(service, clock, wid)
    clock.advance(7 * 60 * 60)  # 18.00: day 2 is tomorrow, though the workshop has no date
    assert service.state(wid).drift(clock.now()) is None
    clock.advance((14 * 60 + 55) * 60)  # 8.55 the next morning
    service.toggle(wid)  # day 2 started five minutes early
    clock.advance(10 * 60)
    state = service.state(wid)
    assert state.minutes_of_day(state.items[2].timer.view(clock.now()).started_at) == pytest.approx(8 * 60 + 55)
    assert state.drift(clock.now()).behind_min == -5


def test_the_projector_does_not_announce_tomorrow_as_next(store):
    from facilitator.ui.run.slide import Screen, build_slide

    clock, service, wid, _ = _rig(store)
    service.toggle(wid)
    clock.advance(60 * 60)
    service.next(wid)
    service.toggle(wid)  # the last item of day 1
    slide = build_slide(service.state(wid), clock.now(), Screen.LIVE, None)
    assert "Punkt 3" not in slide.next_up


def test_a_replan_on_the_second_day_keeps_the_second_day_s_end(store):
    clock, service, wid, ids = _rig(store)
    _run_day_one(service, clock, wid)
    clock.advance(22 * 60 * 60)  # 9.00 the next morning
    service.toggle(wid)
    clock.advance(90 * 60)  # 10.30: day 2's first item half an hour over
    state = service.state(wid)
    assert state.drift(clock.now()).planned_end == 12 * 60
    assert state.rest_start(clock.now()) == 10 * 60 + 30


def test_next_on_the_last_item_of_a_day_ends_it_and_leaves_tomorrow_unstarted(store):
    clock, service, wid, ids = _rig(store)
    service.toggle(wid)
    clock.advance(60 * 60)
    service.next(wid)  # to the second item, started
    clock.advance(60 * 60)
    service.next(wid)  # the day's last item: ended, nothing started
    state = service.state(wid)
    assert [item.timer.view().status for item in state.items] == [
        TimerStatus.ENDED, TimerStatus.ENDED, TimerStatus.IDLE, TimerStatus.IDLE]
    assert state.current().item.id == ids[2]
