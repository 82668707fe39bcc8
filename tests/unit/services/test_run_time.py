"""The run keeps its own time: clock changes move no countdown, drift is computed on instants.

Found by an adversarial run: the stored timer events followed the wall clock blindly. The clock
set 1 h ahead, a pause, then corrected: the item lost its first phase. The clock set 1 h back
mid-item: 1:05:00 shown instead of 05:00 and the stored actual times read 13:25–13:25. A day
starting at 23.00 showed −1440 min drift, a run left open overnight "300 min ahead" while 19 h
over, and summer time ±60 min.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from facilitator.domain.clock import ManualClock
from facilitator.domain.countdown import TimerStatus, format_countdown, item_times
from facilitator.services.run import RunService
from facilitator.storage.database import open_store
from facilitator.storage.models import AgendaItem, Phase, TimerEvent, Workshop

UTC = timezone.utc
COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def _workshop(store, start_min: int, items: list[tuple[int, list[int]]], held_on: date | None = None) -> tuple[int, list[int]]:
    """A workshop starting at ``start_min`` with items of (minutes, phase minutes)."""
    with store.transaction() as session:
        workshop = Workshop(title="Temadag", day_start_min=start_min, date=held_on)
        session.add(workshop)
        session.flush()
        ids = []
        for position, (minutes, phases) in enumerate(items):
            item = AgendaItem(workshop_id=workshop.id, position=position, kind="group_work",
                              title=f"Punkt {position + 1}", planned_minutes=minutes)
            session.add(item)
            session.flush()
            session.add_all(Phase(item_id=item.id, position=p, label=f"fase {p + 1}", kind="group_work",
                                  minutes=length) for p, length in enumerate(phases))
            ids.append(item.id)
        return workshop.id, ids


@pytest.fixture
def store(tmp_path):
    opened = open_store(tmp_path / "w.sqlite")
    yield opened
    opened.close()


def _current(service: RunService, workshop_id: int):
    return service.state(workshop_id).current()


def test_clock_set_an_hour_ahead_a_pause_then_corrected_keeps_the_first_phase(store):
    t0 = datetime(2026, 3, 12, 13, 0, tzinfo=UTC)
    clock = ManualClock(t0)
    service = RunService(store, clock, tz=UTC)
    wid, _ = _workshop(store, 13 * 60, [(30, [10, 20])])
    service.toggle(wid)
    clock.advance(5 * 60)
    clock.set_wall(clock.now() + timedelta(hours=1))  # someone sets the clock an hour ahead
    service.toggle(wid)  # pause
    clock.advance(60)
    clock.set_wall(clock.now() - timedelta(hours=1))  # and back again
    service.toggle(wid)  # resume
    view = _current(service, wid).timer.view()
    assert (view.phase_index, format_countdown(view.remaining_s)) == (0, "05:00")


def test_clock_set_an_hour_back_mid_item_shows_the_real_remaining_time_and_actual_times(store):
    t0 = datetime(2026, 3, 12, 13, 0, tzinfo=UTC)
    clock = ManualClock(t0)
    service = RunService(store, clock, tz=UTC)
    wid, _ = _workshop(store, 13 * 60, [(30, []), (30, [])])
    service.toggle(wid)
    clock.advance(25 * 60)
    clock.set_wall(clock.now() - timedelta(hours=1))
    assert format_countdown(_current(service, wid).timer.view().remaining_s) == "05:00"
    service.end(wid)
    start, end = item_times(service.state(wid).items[0].timer.events)
    assert (start, end) == (t0, t0 + timedelta(minutes=25))


def test_a_clock_jump_is_noticed_and_the_facilitator_says_which_time_is_right(store):
    t0 = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
    clock = ManualClock(t0)
    service = RunService(store, clock, tz=UTC)
    wid, ids = _workshop(store, 9 * 60, [(60, [])])
    service.toggle(wid)
    clock.advance(10 * 60)
    assert service.clock.jump is None
    clock.set_wall(clock.now() + timedelta(hours=1))  # NTP corrects a laptop an hour behind
    service.state(wid)
    jump = service.clock.jump
    assert jump is not None and jump.seconds == pytest.approx(3600)
    assert jump.kept == t0 + timedelta(minutes=10)
    service.follow_computer_clock(wid)  # "the computer's clock is right now"
    assert service.clock.jump is None
    view = _current(service, wid).timer.view()
    assert format_countdown(view.remaining_s) == "50:00"  # the countdown does not move
    assert view.started_at == t0 + timedelta(hours=1)  # the minutes get the corrected time


def test_with_nothing_counting_down_the_run_time_follows_the_computer_clock_unasked(store):
    t0 = datetime(2026, 3, 12, 8, 0, tzinfo=UTC)
    clock = ManualClock(t0)
    service = RunService(store, clock, tz=UTC)
    wid, _ = _workshop(store, 9 * 60, [(60, [])])
    service.state(wid)  # the app is open, the run not started
    clock.set_wall(clock.now() + timedelta(hours=1))  # NTP puts a laptop an hour slow right
    state = service.state(wid)
    assert service.clock.jump is not None
    assert service.clock_jump(state) is None and service.clock.jump is None
    assert service.clock.now() == clock.now()
    service.toggle(wid)
    clock.set_wall(clock.now() - timedelta(minutes=30))  # now a countdown runs: it is asked
    assert service.clock_jump(service.state(wid)) is not None


def test_keeping_the_run_time_asks_no_more_until_the_clock_moves_again(store):
    t0 = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
    clock = ManualClock(t0)
    service = RunService(store, clock, tz=UTC)
    wid, _ = _workshop(store, 9 * 60, [(60, [])])
    service.toggle(wid)
    clock.set_wall(clock.now() + timedelta(hours=2))  # set wrong by hand
    service.state(wid)
    service.keep_run_time()  # "the time before was right"
    clock.advance(5 * 60)
    service.state(wid)
    assert service.clock.jump is None
    assert format_countdown(_current(service, wid).timer.view().remaining_s) == "55:00"
    clock.set_wall(clock.now() - timedelta(hours=2))  # corrected at last: the clocks agree again
    service.state(wid)
    assert service.clock.jump is None


def test_a_clock_changed_while_the_app_was_closed_is_noticed_after_the_restart(store, tmp_path):
    t0 = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
    clock = ManualClock(t0)
    wid, _ = _workshop(store, 9 * 60, [(60, [])])
    RunService(store, clock, tz=UTC).toggle(wid)
    clock.advance(10 * 60)
    clock.set_wall(clock.now() + timedelta(hours=1))  # while the app was closed
    restarted = RunService(store, clock, tz=UTC)
    assert format_countdown(_current(restarted, wid).timer.view().remaining_s) == "50:00"
    assert restarted.clock.jump is not None


def test_a_day_starting_at_23_shows_no_drift_of_a_whole_day(store):
    t0 = datetime(2026, 3, 12, 23, 0, tzinfo=UTC)
    clock = ManualClock(t0)
    service = RunService(store, clock, tz=UTC)
    wid, _ = _workshop(store, 23 * 60, [(60, []), (60, [])], held_on=date(2026, 3, 12))
    service.toggle(wid)
    clock.advance(70 * 60)  # 00.10: ten minutes over, past midnight
    drift = service.state(wid).drift(clock.now())
    assert drift is not None and drift.behind_min == 10


def test_a_run_left_open_overnight_is_far_behind_not_ahead(store):
    t0 = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
    clock = ManualClock(t0)
    service = RunService(store, clock, tz=UTC)
    wid, _ = _workshop(store, 9 * 60, [(60, []), (60, [])])
    service.toggle(wid)
    clock.advance(19 * 3600)  # 04.00 the next morning, the first item still running
    drift = service.state(wid).drift(clock.now())
    assert drift is not None and drift.behind_min == 18 * 60


def test_summer_time_starting_mid_run_is_no_drift(store):
    """The night of 29 March 2026 in Copenhagen: 02.00 becomes 03.00."""
    t0 = datetime(2026, 3, 29, 1, 30, tzinfo=COPENHAGEN)
    clock = ManualClock(t0.astimezone(UTC))
    service = RunService(store, clock, tz=COPENHAGEN)
    wid, _ = _workshop(store, 90, [(60, []), (60, [])], held_on=date(2026, 3, 29))
    service.toggle(wid)
    clock.advance(60 * 60)  # an hour later the clock on the wall says 03.30
    assert clock.now().astimezone(COPENHAGEN).hour == 3
    drift = service.state(wid).drift(clock.now())
    assert drift is not None and drift.behind_min == 0


def test_events_keep_the_elapsed_clock_for_a_restart(store):
    clock = ManualClock(datetime(2026, 3, 12, 9, 0, tzinfo=UTC), monotonic=5000.0)
    service = RunService(store, clock, tz=UTC)
    wid, _ = _workshop(store, 9 * 60, [(60, [])])
    service.toggle(wid)
    with store.read() as session:
        event = session.exec(select(TimerEvent)).one()
    assert (event.elapsed_s, event.clock_epoch) == (5000.0, clock.epoch())


def test_a_run_stored_before_the_upgrade_keeps_its_countdown_and_goes_on(tmp_path):
    """schema-0006: item 2 paused at 11.56 with 19 min left, its events without elapsed time."""
    from pathlib import Path

    fixture = Path(__file__).resolve().parents[2] / "fixtures" / "schema-0006.sqlite"
    copy = tmp_path / "old.sqlite"
    copy.write_bytes(fixture.read_bytes())
    old = open_store(copy)
    try:
        clock = ManualClock(datetime(2026, 11, 20, 13, 0, tzinfo=UTC))  # the app restarted later
        service = RunService(old, clock, tz=UTC)
        item = _current(service, 1)
        assert item.timer.view().status is TimerStatus.PAUSED
        assert format_countdown(item.timer.view().remaining_s) == "19:00"
        service.toggle(1)  # resume
        clock.advance(60)
        assert format_countdown(_current(service, 1).timer.view().remaining_s) == "18:00"
        assert service.clock.jump is None
    finally:
        old.close()
