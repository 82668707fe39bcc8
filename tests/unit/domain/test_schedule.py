"""Schedule maths: flowing times, pins, phases, warnings, and replanning proposals."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator.domain.schedule import (
    PlannedItem,
    WarningKind,
    compress_rest,
    drift,
    format_clock,
    plan,
    proportional_shrink,
    shift_rest,
)

NOON = 12 * 60


def kinds(schedule, index=None):
    return [(w.kind, w.index, w.minutes) for w in schedule.warnings if index is None or w.index == index]


def test_times_follow_from_start_and_durations():
    schedule = plan([PlannedItem(20), PlannedItem(20), PlannedItem(15)], day_start=12 * 60 + 30)
    assert [(i.start, i.end) for i in schedule.items] == [(750, 770), (770, 790), (790, 805)]
    assert schedule.end == 805
    assert schedule.warnings == ()


def test_phases_define_the_duration():
    schedule = plan([PlannedItem(99, phases_minutes=(10, 20)), PlannedItem(5)], day_start=805)
    first = schedule.items[0]
    assert first.minutes == 30
    assert [(p.start, p.end) for p in first.phases] == [(805, 815), (815, 835)]
    assert schedule.items[1].start == 835


def test_pinned_lunch_shows_gap_before_and_after():
    items = [PlannedItem(90), PlannedItem(45, pinned_start=NOON), PlannedItem(30)]
    schedule = plan(items, day_start=10 * 60)
    lunch = schedule.items[1]
    assert (lunch.start, lunch.end, lunch.pinned) == (NOON, NOON + 45, True)
    assert lunch.gap_before == 30
    assert schedule.items[0].gap_after == 30
    assert schedule.items[2].start == NOON + 45
    assert kinds(schedule) == [(WarningKind.GAP, 1, 30)]


def test_items_after_a_pin_follow_the_pin_not_the_running_sum():
    items = [PlannedItem(20), PlannedItem(30), PlannedItem(45, pinned_start=NOON), PlannedItem(15)]
    schedule = plan(items, day_start=9 * 60)
    assert [(i.start, i.end) for i in schedule.items] == [(540, 560), (560, 590), (720, 765), (765, 780)]


def test_pinned_item_overlapping_the_previous_one():
    items = [PlannedItem(150), PlannedItem(45, pinned_start=NOON), PlannedItem(30, pinned_start=NOON + 30)]
    schedule = plan(items, day_start=10 * 60)
    assert schedule.items[1].gap_before == -30
    assert schedule.items[1].gap_after == -15
    assert kinds(schedule) == [(WarningKind.OVERLAP, 1, 30), (WarningKind.OVERLAP, 2, 15)]


def test_zero_minutes_past_midnight_and_day_end_warnings():
    items = [PlannedItem(0), PlannedItem(90), PlannedItem(60)]
    schedule = plan(items, day_start=23 * 60, day_end=24 * 60)
    assert kinds(schedule) == [
        (WarningKind.ZERO_MINUTES, 0, 0),
        (WarningKind.PAST_MIDNIGHT, 1, 30),
        (WarningKind.PAST_DAY_END, None, 90),
    ]
    assert schedule.warnings_for(0)[0].kind is WarningKind.ZERO_MINUTES


def test_pin_earlier_than_day_start_is_next_day():
    schedule = plan([PlannedItem(60), PlannedItem(30, pinned_start=30)], day_start=23 * 60)
    assert schedule.items[1].start == 24 * 60 + 30
    assert schedule.items[1].gap_before == 30
    assert format_clock(schedule.items[1].start) == "00.30"


def test_empty_plan():
    schedule = plan([], day_start=540, day_end=600)
    assert schedule.items == () and schedule.end == 540 and schedule.warnings == ()


def test_drift_sign():
    assert drift(600, 615) == 15
    assert drift(600, 590) == -10


def test_shift_rest_keeps_durations_and_pins():
    items = [PlannedItem(60), PlannedItem(60), PlannedItem(45, pinned_start=NOON), PlannedItem(30)]
    replan = shift_rest(items, 10 * 60, first_index=1, resume_at=11 * 60 + 20)
    assert replan.minutes == (60, 45, 30)
    starts = [i.start for i in replan.schedule.items]
    assert starts == [680, NOON, NOON + 45]
    assert [i.index for i in replan.schedule.items] == [1, 2, 3]
    assert kinds(replan.schedule) == [(WarningKind.OVERLAP, 2, 20)]
    assert items[1].minutes == 60  # input untouched


def test_shift_rest_can_move_pins_along():
    items = [PlannedItem(60), PlannedItem(60), PlannedItem(45, pinned_start=NOON)]
    replan = shift_rest(items, 10 * 60, first_index=1, resume_at=11 * 60 + 20, move_pinned=True)
    assert [i.start for i in replan.schedule.items] == [680, NOON + 20]
    assert replan.pinned_starts == (None, NOON + 20)
    assert replan.schedule.warnings == ()


def test_compress_rest_fits_before_the_pinned_lunch():
    items = [PlannedItem(30), PlannedItem(60), PlannedItem(30), PlannedItem(60, pinned_start=NOON), PlannedItem(60)]
    # 10.00 start; running 20 minutes late: rest resumes at 10.50 instead of 10.30.
    replan = compress_rest(items, 10 * 60, first_index=1, resume_at=650, min_minutes=5)
    assert replan.minutes == (47, 23, 60, 60)
    assert replan.schedule.items[2].start == NOON
    assert replan.schedule.warnings == ()


def test_compress_rest_respects_minimum_and_fixed_items():
    items = [PlannedItem(40), PlannedItem(4), PlannedItem(20, fixed=True), PlannedItem(40)]
    replan = compress_rest(items, 600, first_index=0, resume_at=630, min_minutes=10, day_end=700)
    # 70 minutes left: 20 fixed, the 4-minute item keeps 4, two 40s share 46.
    assert replan.minutes == (23, 4, 20, 23)
    assert replan.schedule.end == 700


def test_compress_rest_reports_what_cannot_fit():
    items = [PlannedItem(30), PlannedItem(30), PlannedItem(30, pinned_start=660)]
    replan = compress_rest(items, 600, first_index=0, resume_at=650, min_minutes=10)
    assert replan.minutes == (10, 10, 30)
    assert kinds(replan.schedule) == [(WarningKind.OVERLAP, 2, 10)]


def test_compress_scales_phases_with_their_item():
    items = [PlannedItem(0, phases_minutes=(10, 20)), PlannedItem(30)]
    replan = compress_rest(items, 600, first_index=0, resume_at=615, min_minutes=5)
    assert replan.minutes == (23, 22)
    assert replan.phases_minutes[0] == (8, 15)
    assert replan.phases_minutes[1] == ()


def test_compress_never_lengthens_when_ahead():
    items = [PlannedItem(30), PlannedItem(30)]
    replan = compress_rest(items, 600, first_index=0, resume_at=590)
    assert replan.minutes == (30, 30)


@given(
    st.lists(st.integers(0, 300), min_size=1, max_size=12),
    st.integers(0, 3000),
    st.integers(0, 30),
)
def test_shrink_sums_to_budget_and_respects_floors(lengths, budget, floor):
    keyed = dict(enumerate(lengths))
    floors = {k: min(floor, v) for k, v in keyed.items()}
    result = proportional_shrink(keyed, floors, budget)
    assert set(result) == set(keyed)
    for key, value in result.items():
        assert floors[key] <= value <= max(keyed[key], floors[key])
    assert sum(result.values()) == max(min(budget, sum(lengths)), sum(floors.values()))


PLANNED = st.builds(
    PlannedItem,
    minutes=st.integers(0, 240),
    pinned_start=st.none() | st.integers(0, 24 * 60 - 1),
    phases_minutes=st.lists(st.integers(0, 60), max_size=3).map(tuple),
)


@given(st.lists(PLANNED, max_size=10), st.integers(0, 24 * 60 - 1))
def test_plan_invariants(items, day_start):
    schedule = plan(items, day_start)
    previous_end = day_start
    for item, scheduled in zip(items, schedule.items):
        assert scheduled.end - scheduled.start == item.duration
        assert scheduled.gap_before == scheduled.start - previous_end
        if item.pinned_start is None:
            assert scheduled.gap_before == 0
        else:
            assert day_start <= scheduled.start < day_start + 24 * 60
        if scheduled.phases:
            assert scheduled.phases[0].start == scheduled.start and scheduled.phases[-1].end == scheduled.end
        previous_end = scheduled.end
    overlaps = sum(1 for w in schedule.warnings if w.kind is WarningKind.OVERLAP)
    assert overlaps == sum(1 for s in schedule.items if s.gap_before < 0)


@given(st.lists(PLANNED, min_size=1, max_size=8), st.integers(0, 10), st.integers(-60, 120), st.integers(1, 15))
def test_compress_never_lengthens_and_keeps_pins(items, first, late, floor):
    first = min(first, len(items) - 1)
    day_start = 8 * 60
    planned_start = plan(items, day_start).items[first].start
    replan = compress_rest(items, day_start, first_index=first, resume_at=planned_start + late, min_minutes=floor)
    rest = items[first:]
    for item, minutes, phases in zip(rest, replan.minutes, replan.phases_minutes):
        assert minutes <= item.duration
        if item.pinned_start is not None or item.fixed:
            assert minutes == item.duration
        else:
            assert minutes >= min(floor, item.duration)
        if item.phases_minutes:
            assert sum(phases) == minutes
    assert replan.pinned_starts == tuple(item.pinned_start for item in rest)
