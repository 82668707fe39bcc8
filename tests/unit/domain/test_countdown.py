"""Countdown state machine: commands, overtime, phases and rebuild from stored events."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.domain.clock import ManualClock
from facilitator.domain.countdown import (
    ClockEvent,
    Countdown,
    InvalidCommand,
    PhasePlan,
    TimerStatus,
    Tone,
    chime_due,
    format_countdown,
    item_times,
)
from facilitator.domain.kinds import TimerEventKind as K

T0 = datetime(2026, 3, 12, 11, 30, tzinfo=timezone.utc)
TALK_AND_GROUPS = (PhasePlan("oplæg", 10 * 60), PhasePlan("gruppearbejde", 20 * 60))


def make(phases=(PhasePlan("", 20 * 60),), **kwargs) -> tuple[Countdown, ManualClock]:
    clock = ManualClock(T0)
    return Countdown(phases, clock, **kwargs), clock


def test_idle_timer_shows_full_time_and_no_times():
    timer, _ = make()
    view = timer.view()
    assert view.status is TimerStatus.IDLE
    assert view.remaining_s == 20 * 60
    assert view.started_at is None and view.expected_end() is None


def test_remaining_is_deadline_minus_now():
    timer, clock = make()
    timer.start()
    clock.advance(61.4)
    view = timer.view()
    assert view.remaining_s == pytest.approx(20 * 60 - 61.4)
    assert view.deadline == T0 + timedelta(minutes=20)
    assert format_countdown(view.remaining_s) == "18:59"


def test_pause_freezes_and_resume_continues_where_it_stopped():
    timer, clock = make()
    timer.start()
    clock.advance(300)
    timer.pause()
    clock.advance(600)
    paused = timer.view()
    assert paused.status is TimerStatus.PAUSED
    assert paused.remaining_s == 15 * 60
    assert paused.paused_s == 600
    timer.resume()
    clock.advance(60)
    view = timer.view()
    assert view.remaining_s == 14 * 60
    assert view.deadline == clock.now() + timedelta(minutes=14)
    assert view.paused_s == 600


def test_extend_adds_and_removes_minutes_running_or_paused():
    timer, clock = make()
    timer.start()
    timer.extend(5)
    assert timer.view().remaining_s == 25 * 60
    timer.pause()
    timer.extend(-1)
    assert timer.view().remaining_s == 24 * 60
    assert timer.view().phase_total_s == 24 * 60
    assert timer.events[-1] == ClockEvent(K.EXTEND, T0, -60)


def test_overtime_counts_up_and_changes_tone():
    timer, clock = make(warning_s=120)
    timer.start()
    clock.advance(17 * 60 + 59)
    assert timer.view().tone is Tone.NORMAL
    clock.advance(2)
    assert timer.view().tone is Tone.WARNING
    clock.advance(119 + 192)
    view = timer.view()
    assert view.status is TimerStatus.OVERTIME
    assert view.tone is Tone.OVERTIME
    assert format_countdown(view.remaining_s) == "+03:12"
    assert view.progress == 1.0


def test_negative_extension_can_push_into_overtime():
    timer, clock = make()
    timer.start()
    clock.advance(19 * 60)
    timer.extend(-2)
    assert timer.view().status is TimerStatus.OVERTIME
    assert format_countdown(timer.view().remaining_s) == "+01:00"


def test_phases_advance_by_themselves_with_their_own_countdown():
    timer, clock = make(TALK_AND_GROUPS)
    timer.start()
    clock.advance(9 * 60)
    assert timer.view().phase_label == "oplæg"
    assert timer.view().item_remaining_s == 21 * 60
    clock.advance(2 * 60)
    view = timer.view()
    assert (view.phase_index, view.phase_label) == (1, "gruppearbejde")
    assert view.remaining_s == 19 * 60
    assert view.status is TimerStatus.RUNNING
    assert timer.events == (ClockEvent(K.START, T0),)


def test_phases_wait_for_a_key_when_auto_advance_is_off():
    timer, clock = make(TALK_AND_GROUPS, auto_advance=False)
    timer.start()
    clock.advance(11 * 60)
    view = timer.view()
    assert view.phase_index == 0 and view.status is TimerStatus.OVERTIME
    assert format_countdown(view.remaining_s) == "+01:00"
    assert view.item_remaining_s == 20 * 60
    timer.next_phase()
    clock.advance(60)
    assert timer.view().phase_index == 1
    assert timer.view().remaining_s == 19 * 60


def test_next_phase_early_gives_the_next_phase_its_full_time_and_resumes():
    timer, clock = make(TALK_AND_GROUPS)
    timer.start()
    clock.advance(120)
    timer.pause()
    clock.advance(30)
    timer.next_phase()
    view = timer.view()
    assert view.status is TimerStatus.RUNNING
    assert view.remaining_s == 20 * 60 and view.paused_s == 30


def test_extension_during_a_phase_delays_the_next_phase():
    timer, clock = make(TALK_AND_GROUPS)
    timer.start()
    timer.extend(1)
    clock.advance(10 * 60 + 30)
    assert timer.view().phase_index == 0
    clock.advance(60)
    assert timer.view().phase_index == 1
    assert timer.view().remaining_s == 20 * 60 - 30


def test_end_early_records_actual_times_and_freezes():
    timer, clock = make()
    timer.start()
    clock.advance(12 * 60)
    timer.end()
    clock.advance(600)
    view = timer.view()
    assert view.status is TimerStatus.ENDED
    assert (view.started_at, view.ended_at) == (T0, T0 + timedelta(minutes=12))
    assert item_times(timer.events) == (T0, T0 + timedelta(minutes=12))
    assert view.expected_end() == T0 + timedelta(minutes=12)


def test_skip_marks_an_unstarted_item_without_actual_times():
    timer, _ = make()
    timer.skip()
    view = timer.view()
    assert view.skipped and view.status is TimerStatus.ENDED
    assert item_times(timer.events) == (None, None)


def test_skipped_item_can_still_be_started_later():
    timer, clock = make()
    timer.skip()
    clock.advance(60)
    timer.start()
    assert not timer.view().skipped
    assert timer.view().remaining_s == 20 * 60


def test_reopened_item_continues_where_it_stopped_and_ends_later():
    timer, clock = make()
    timer.start()
    clock.advance(300)
    timer.end()
    clock.advance(300)
    timer.start()
    clock.advance(60)
    assert timer.view().remaining_s == 14 * 60
    assert item_times(timer.events) == (T0, None)
    timer.end()
    assert item_times(timer.events) == (T0, T0 + timedelta(minutes=11))


def test_item_times_read_stored_events_in_time_order():
    """The minutes pass stored rows: a start, a pause, a restart and two ends, in any order."""

    def at(minute: int) -> datetime:
        return T0 + timedelta(minutes=minute)

    events = [ClockEvent(K.END, at(55)), ClockEvent(K.START, at(2)), ClockEvent(K.PAUSE, at(10)),
              ClockEvent(K.RESUME, at(20)), ClockEvent(K.EXTEND, at(30), 60),
              ClockEvent(K.START, at(40)), ClockEvent(K.END, at(50))]
    assert item_times(events) == (at(2), at(55))


def test_item_times_never_invent_a_start_or_an_end():
    assert item_times([]) == (None, None)
    assert item_times([ClockEvent(K.START, T0), ClockEvent(K.PAUSE, T0 + timedelta(minutes=5))]) == (T0, None)
    assert item_times([ClockEvent(K.END, T0)]) == (None, None)


@pytest.mark.parametrize(
    ("setup", "command"),
    [
        ((), "pause"),
        ((), "resume"),
        ((), "extend"),
        ((), "next_phase"),
        (("start",), "start"),
        (("start",), "resume"),
        (("start",), "next_phase"),
        (("start", "pause"), "pause"),
        (("start", "end"), "end"),
        (("start", "end"), "extend"),
        (("start",), "skip"),
    ],
)
def test_commands_out_of_place_are_refused_and_record_nothing(setup, command):
    timer, _ = make()
    for step in setup:
        getattr(timer, step)()
    before = timer.events
    with pytest.raises(InvalidCommand):
        getattr(timer, command)(*((1,) if command == "extend" else ()))
    assert timer.events == before


def test_allowed_matches_the_state():
    timer, clock = make(TALK_AND_GROUPS)
    assert timer.allowed(K.START) and not timer.allowed(K.PAUSE)
    timer.start()
    assert timer.allowed(K.NEXT_PHASE)
    clock.advance(11 * 60)  # auto-advanced into the last phase
    assert not timer.allowed(K.NEXT_PHASE)


def test_eight_hour_day_with_irregular_ticks_does_not_drift():
    """A repaint timer that ticks late and skips must not change what the countdown shows."""
    timer, clock = make((PhasePlan("", 8 * 3600),))
    timer.start()
    elapsed = 0.0
    steps = [0.93, 1.07, 1.5, 0.2, 4.8]  # late, early and skipped ticks
    i = 0
    while elapsed < 8 * 3600 - 10:
        clock.advance(steps[i % len(steps)])
        elapsed += steps[i % len(steps)]
        i += 1
    view = timer.view()
    assert view.remaining_s == pytest.approx(8 * 3600 - elapsed, abs=1e-3)
    assert view.deadline == T0 + timedelta(hours=8)


def test_laptop_asleep_over_lunch_shows_real_remaining_time():
    timer, clock = make((PhasePlan("", 30 * 60),))
    timer.start()
    clock.sleep_laptop(45 * 60)
    assert format_countdown(timer.view().remaining_s) == "+15:00"


def test_wall_clock_set_back_keeps_events_in_order():
    timer, clock = make()
    timer.start()
    clock.set_wall(T0 - timedelta(minutes=2))
    event = timer.pause()
    assert event.at == T0
    rebuilt = Countdown(timer.phases, clock, timer.events)
    assert rebuilt.view().status is TimerStatus.PAUSED


def test_chime_when_a_phase_reaches_zero():
    timer, clock = make(TALK_AND_GROUPS)
    timer.start()
    clock.advance(599)
    before = timer.view()
    clock.advance(2)
    assert chime_due(before, timer.view())
    clock.advance(19 * 60 + 56)  # three seconds before the end of the last phase
    before = timer.view()
    clock.advance(5)
    assert chime_due(before, timer.view())
    before = timer.view()
    clock.advance(5)
    assert not chime_due(before, timer.view())


def test_no_chime_when_the_facilitator_moves_on_early():
    timer, clock = make(TALK_AND_GROUPS, auto_advance=False)
    timer.start()
    clock.advance(60)
    before = timer.view()
    timer.next_phase()
    clock.advance(1)
    assert not chime_due(before, timer.view())


def test_no_chime_while_paused_or_after_an_extension():
    timer, clock = make()
    timer.start()
    clock.advance(20 * 60 - 5)
    before = timer.view()
    timer.extend(1)
    clock.advance(10)
    assert not chime_due(before, timer.view())
    timer.pause()
    before = timer.view()
    clock.advance(600)
    assert not chime_due(before, timer.view())


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "00:00"),
        (0.2, "00:01"),
        (59.9, "01:00"),
        (600, "10:00"),
        (3600 + 125, "1:02:05"),
        (-0.5, "+00:00"),
        (-192, "+03:12"),
        (-3725, "+1:02:05"),
    ],
)
def test_format_countdown(seconds, text):
    assert format_countdown(seconds) == text


# --- rebuild from stored events -------------------------------------------------------------

COMMANDS = st.lists(
    st.tuples(
        st.sampled_from(["start", "pause", "resume", "extend", "next_phase", "end", "skip"]),
        st.integers(min_value=0, max_value=3000),  # seconds to wait before the command
        st.integers(min_value=-5, max_value=5),  # minutes for extend
    ),
    max_size=25,
)


@settings(max_examples=200, deadline=None)
@given(
    commands=COMMANDS,
    phase_minutes=st.lists(st.integers(min_value=0, max_value=40), min_size=1, max_size=3),
    auto=st.booleans(),
    probes=st.lists(st.integers(min_value=0, max_value=20000), max_size=5),
)
def test_rebuild_from_stored_events_equals_the_live_timer(commands, phase_minutes, auto, probes):
    """A restart at any point resumes exactly: the fold of stored events is the live state."""
    phases = [PhasePlan(f"p{i}", m * 60) for i, m in enumerate(phase_minutes)]
    clock = ManualClock(T0)
    live = Countdown(phases, clock, auto_advance=auto)
    for name, wait, minutes in commands:
        clock.advance(wait)
        try:
            getattr(live, name)(*((minutes,) if name == "extend" else ()))
        except InvalidCommand:
            continue
        stored = [ClockEvent(e.kind, e.at, e.amount_s) for e in live.events]
        rebuilt = Countdown(phases, clock, stored, auto_advance=auto)
        for probe in [0, *probes]:
            at = clock.now() + timedelta(seconds=probe)
            assert rebuilt.view(at) == live.view(at)
    started, ended = item_times(live.events)
    view = live.view()
    assert started == view.started_at
    assert ended == view.ended_at


@settings(max_examples=100, deadline=None)
@given(
    waits=st.lists(st.integers(min_value=1, max_value=900), min_size=1, max_size=20),
)
def test_time_is_conserved_through_pauses(waits):
    """Remaining time drops by exactly the running time, whatever the pause pattern."""
    timer, clock = make((PhasePlan("", 3600),))
    timer.start()
    running = 0
    for wait in waits:
        clock.advance(wait)
        if timer.view().status is TimerStatus.PAUSED:
            timer.resume()
        else:
            running += wait
            timer.pause()
    assert timer.view().remaining_s == pytest.approx(3600 - running)
    assert timer.view().paused_s == pytest.approx(sum(waits) - running)


def test_rebuild_ignores_a_stored_event_that_no_longer_fits():
    """A restart must never be blocked: an out-of-place stored event is left out."""
    clock = ManualClock(T0 + timedelta(minutes=5))
    stored = [
        ClockEvent(K.START, T0),
        ClockEvent(K.NEXT_PHASE, T0 + timedelta(minutes=1)),  # the item lost its phases
        ClockEvent(K.PAUSE, T0 + timedelta(minutes=2)),
    ]
    timer = Countdown([PhasePlan("", 600)], clock, stored)
    assert timer.view().status is TimerStatus.PAUSED
    assert timer.view().remaining_s == 480
    assert [e.kind for e in timer.events] == [K.START, K.PAUSE]
