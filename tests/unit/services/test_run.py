"""Run service: every command stored at once, rebuild after a restart, replanning, undo."""

from __future__ import annotations

from datetime import timedelta, timezone

import pytest
from sqlmodel import select

from facilitator.domain.clock import ManualClock
from facilitator.domain.countdown import TimerStatus, format_countdown
from facilitator.services.run import ReplanMode, RunService
from facilitator.storage.models import AgendaItem, Phase, TimerEvent, Workshop
from tests.run_support import DAY, add_seed_workshop, seed_store

START = DAY + timedelta(hours=12, minutes=30)


@pytest.fixture
def run(tmp_path):
    store, workshop_id, ids = seed_store(tmp_path / "day.facilitator")
    clock = ManualClock(START)
    service = RunService(store, clock, tz=timezone.utc)
    yield service, clock, workshop_id, ids, store
    store.close()


def stored_kinds(store, item_id):
    with store.read() as session:
        rows = session.exec(
            select(TimerEvent).where(TimerEvent.item_id == item_id).order_by(TimerEvent.id)
        ).all()
        return [row.kind for row in rows]


def test_state_lays_out_the_seed_programme(run):
    service, _, wid, ids, _ = run
    state = service.state(wid)
    assert [item.slot.start for item in state.items][:4] == [750, 770, 790, 805]
    assert state.items[-1].slot.end == 15 * 60 + 30
    assert state.current_index() == 0
    assert state.items[3].item.phases[1].label == "gruppearbejde"


def test_each_command_is_on_disk_when_it_returns(run):
    service, clock, wid, ids, store = run
    assert service.toggle(wid).timer
    assert stored_kinds(store, ids[0]) == ["start"]
    clock.advance(60)
    service.toggle(wid)
    service.extend(wid, 5)
    assert stored_kinds(store, ids[0]) == ["start", "pause", "extend"]
    with store.read() as session:
        extend = session.exec(select(TimerEvent).where(TimerEvent.kind == "extend")).one()
        assert extend.amount_s == 300 and extend.at == START + timedelta(minutes=1)


def test_a_press_on_a_clock_another_station_changed_meanwhile_does_nothing(run):
    service, _clock, wid, ids, store = run
    seen_idle = (ids[0], TimerStatus.IDLE)
    assert service.toggle(wid, seen=seen_idle).timer  # this station's press: started
    assert not service.toggle(wid, seen=seen_idle).any()  # the other's, on the clock it showed
    assert stored_kinds(store, ids[0]) == ["start"]
    assert service.toggle(wid, seen=(ids[0], TimerStatus.RUNNING)).timer  # a pause on what is shown
    assert stored_kinds(store, ids[0]) == ["start", "pause"]


def test_restart_mid_item_resumes_with_the_right_remaining_time(run, tmp_path):
    service, clock, wid, ids, store = run
    service.toggle(wid)
    clock.advance(5 * 60)
    service.extend(wid, 1)
    clock.advance(3 * 60)
    store.close()
    clock.advance(2 * 60)  # the app was down for two minutes
    from facilitator.storage.database import open_store

    reopened = RunService(open_store(tmp_path / "day.facilitator"), clock, tz=timezone.utc)
    view = reopened.state(wid).current().timer.view()
    assert view.status is TimerStatus.RUNNING
    assert format_countdown(view.remaining_s) == "11:00"


def test_next_walks_through_phases_then_items(run):
    service, clock, wid, ids, store = run
    for _ in range(3):  # start item 1, then items 2 and 3
        service.next(wid)
        clock.advance(60)
    service.next(wid)  # item 4 starts with its first phase
    state = service.state(wid)
    assert state.current().item.id == ids[3]
    service.next(wid)  # second phase
    assert service.state(wid).current().timer.view().phase_label == "gruppearbejde"
    service.next(wid)  # item 5
    assert service.state(wid).current().item.id == ids[4]
    assert stored_kinds(store, ids[3]) == ["start", "next_phase", "end"]


def test_previous_reopens_the_item_before(run):
    service, clock, wid, ids, _ = run
    service.next(wid)
    clock.advance(10 * 60)
    service.next(wid)
    clock.advance(60)
    service.previous(wid)
    state = service.state(wid)
    assert state.current().item.id == ids[0]
    assert format_countdown(state.current().timer.view().remaining_s) == "10:00"
    assert state.items[1].timer.view().status is TimerStatus.ENDED


def test_start_of_another_item_ends_the_running_one_at_the_same_instant(run):
    service, clock, wid, ids, _ = run
    service.toggle(wid)
    clock.advance(90)
    service.start(wid, ids[5])
    times = service.actual_times(wid)
    assert times[ids[0]] == (START, START + timedelta(seconds=90))
    assert times[ids[5]] == (START + timedelta(seconds=90), None)
    assert service.state(wid).current().item.id == ids[5]


def test_undo_takes_back_exactly_the_last_command(run):
    service, clock, wid, ids, store = run
    service.toggle(wid)
    clock.advance(60)
    service.next(wid)  # ends item 1, starts item 2: one command, two events
    assert service.undo(wid).timer
    state = service.state(wid)
    assert state.current().item.id == ids[0]
    assert state.current().timer.view().status is TimerStatus.RUNNING
    assert stored_kinds(store, ids[1]) == []
    service.undo(wid)
    assert service.state(wid).current().timer.view().status is TimerStatus.IDLE
    assert not service.can_undo(wid)
    assert not service.undo(wid).any()


def test_undo_belongs_to_the_workshop_it_was_made_in(run):
    service, clock, wid, ids, store = run
    other, other_ids = add_seed_workshop(store, "Temadag B")
    service.toggle(wid)  # workshop A: item 1 starts
    clock.advance(60)
    assert not service.can_undo(other)
    assert not service.undo(other).any()  # Ctrl+Z in B must not touch A
    assert stored_kinds(store, ids[0]) == ["start"]
    service.toggle(other)
    assert service.undo(wid).timer  # A's own history is still there after working in B
    assert stored_kinds(store, ids[0]) == []
    assert stored_kinds(store, other_ids[0]) == ["start"]
    assert service.undo(other).timer
    assert stored_kinds(store, other_ids[0]) == []


def test_commands_that_do_not_apply_change_nothing(run):
    service, _, wid, ids, store = run
    assert not service.extend(wid, 1).any()
    assert not service.end(wid).any()
    assert not service.previous(wid).any()
    assert not service.can_undo(wid)


def test_no_drift_is_claimed_while_preparing_on_another_day(run):
    service, clock, wid, _, store = run
    with store.transaction() as session:
        session.get(Workshop, wid).date = (START + timedelta(days=7)).date()
    assert service.state(wid).drift(clock.now()) is None
    clock.advance(7 * 24 * 60 * 60 + 7 * 60)  # the workshop's own day, 12.37, nothing started
    assert service.state(wid).drift(clock.now()).behind_min == 7


def test_skip_and_drift_and_day_end(run):
    service, clock, wid, ids, _ = run
    service.skip(wid, ids[0])
    state = service.state(wid)
    assert state.current().item.id == ids[1]
    assert state.items[0].timer.view().skipped
    clock.advance(27 * 60)  # 12.57: item 2 was planned 12.50-13.10
    service.toggle(wid)
    drift = service.state(wid).drift(clock.now())
    assert drift.behind_min == 7
    assert (drift.expected_end, drift.planned_end) == (15 * 60 + 37, 15 * 60 + 30)


def test_replan_compress_shows_then_applies_then_undoes(run):
    service, clock, wid, ids, store = run
    service.toggle(wid)
    clock.advance(30 * 60)  # item 1 ran 10 minutes over
    proposal = service.propose_replan(wid, ReplanMode.COMPRESS)
    assert [p.item_id for p in proposal] == ids[1:]
    assert proposal[0].new_start == 13 * 60
    assert proposal[-1].new_start + proposal[-1].new_minutes == 15 * 60 + 30
    assert service.state(wid).items[1].slot.start == 12 * 60 + 50  # nothing stored yet
    service.apply_replan(wid, ReplanMode.COMPRESS)
    state = service.state(wid)
    assert [i.slot.start for i in state.items[1:]] == [p.new_start for p in proposal]
    assert state.items[-1].slot.end == 15 * 60 + 30
    assert all(p.new_start % 5 == 0 and p.new_minutes % 5 == 0 for p in proposal)
    with store.read() as session:
        phases = session.exec(select(Phase).where(Phase.item_id == ids[3])).all()
        assert sum(p.replanned_minutes for p in phases) == state.items[3].slot.minutes
        assert sorted(p.minutes for p in session.exec(select(Phase)).all()) == [10, 10, 20, 30]  # as planned
        assert all(row.pinned_start_min is None for row in session.exec(select(AgendaItem)).all())
    assert [i.planned_slot.start for i in state.items][:4] == [750, 770, 790, 805]  # the plan stays
    assert service.undo(wid).agenda
    state = service.state(wid)
    assert state.items[1].slot.start == 12 * 60 + 50
    with store.read() as session:
        assert session.get(AgendaItem, ids[1]).pinned_start_min is None
        assert sorted(p.minutes for p in session.exec(select(Phase)).all()) == [10, 10, 20, 30]


def test_replan_shift_moves_the_rest_to_whole_five_minutes(run):
    service, clock, wid, ids, _ = run
    service.toggle(wid)
    clock.advance(27 * 60)  # 7 minutes over: the rest could start at 12.57
    service.apply_replan(wid, ReplanMode.SHIFT)
    state = service.state(wid)
    assert state.items[1].slot.start == 13 * 60
    assert state.items[-1].slot.end == 15 * 60 + 40
    assert [i.slot.minutes for i in state.items] == [20, 20, 15, 30, 15, 40, 30, 10]
    assert state.items[1].planned_slot.start == 12 * 60 + 50 and state.day.end == 15 * 60 + 30


def test_rounding_is_a_setting(run):
    service, clock, wid, ids, _ = run
    service.round_minutes = 1
    service.toggle(wid)
    clock.advance(27 * 60)
    assert service.propose_replan(wid, ReplanMode.SHIFT)[0].new_start == 12 * 60 + 57


def test_after_a_replan_the_countdown_and_drift_follow_it_and_the_minutes_keep_the_plan(run):
    from facilitator.services.reading import ReadingService  # noqa: PLC0415

    service, clock, wid, ids, store = run
    service.toggle(wid)
    clock.advance(30 * 60)  # item 1 ran 10 minutes over; the rest is compressed from 13.00
    service.apply_replan(wid, ReplanMode.COMPRESS)
    service.next(wid)
    state = service.state(wid)
    current = state.items[1]
    assert current.timer.view().remaining_s == current.slot.minutes * 60  # the replanned length
    assert state.drift(clock.now()).behind_min == 0  # on the new plan
    assert state.drift(clock.now()).planned_end == 15 * 60 + 30
    reading = ReadingService(store).read(wid)  # what the minutes are made of
    planned = [(entry.slot.start, entry.slot.end) for entry in reading.items]
    assert planned[:3] == [(750, 770), (770, 790), (790, 805)]  # the original plan, not the replan


def test_replan_ahead_of_the_day_start_starts_the_rest_at_the_day_start(run):
    service, clock, wid, ids, _ = run
    clock.set_wall(START - timedelta(minutes=40))  # item 1 starts at 11.50, done by 12.10
    service.toggle(wid)
    proposal = service.propose_replan(wid, ReplanMode.SHIFT)
    assert proposal[0].new_start == 12 * 60 + 30
    assert proposal[-1].new_start + proposal[-1].new_minutes == 15 * 60 + 10


def test_warning_minutes_are_kept_within_reason(run):
    service, _, wid, _, _ = run
    assert service.set_warning_minutes(wid, 3).timer
    assert service.state(wid).warning_minutes == 3
    service.set_warning_minutes(wid, -4)
    assert service.state(wid).warning_minutes == 0
    service.set_warning_minutes(wid, 600)
    assert service.state(wid).warning_minutes == 60


def test_a_replan_while_an_item_overruns_measures_the_drift_against_the_new_plan(run):
    service, clock, wid, ids, _ = run
    service.toggle(wid)
    clock.advance(30 * 60)  # item 1 (12.30-12.50) still running at 13.00
    assert service.state(wid).drift(clock.now()).behind_min == 10
    service.apply_replan(wid, ReplanMode.COMPRESS)  # the rest resumes at 13.00
    drift = service.state(wid).drift(clock.now())
    assert drift.behind_min == 0 and drift.expected_end == 15 * 60 + 30
    clock.advance(3 * 60)
    assert service.state(wid).drift(clock.now()).behind_min == 3


def test_a_longer_programme_is_replanned_one_day_at_a_time(run):
    service, clock, wid, ids, store = run
    with store.transaction() as session:  # the last two items become the second day
        for item_id in ids[-2:]:
            session.get(AgendaItem, item_id).day = 1
    service.toggle(wid)
    clock.advance(30 * 60)
    proposal = service.propose_replan(wid, ReplanMode.SHIFT)
    assert [p.item_id for p in proposal] == ids[1:-2]
