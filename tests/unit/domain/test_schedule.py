"""Schedule maths: flowing times, pins, phases, warnings, and replanning proposals."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator.domain.schedule import (
    PlannedItem,
    WarningKind,
    drift,
    format_clock,
    pinned_minute,
    plan,
    scale_phases,
)

NOON = 12 * 60
H = 60
# Seed 000's afternoon, 12.30-15.30; the fourth and sixth items have phases.
SEED = [
    PlannedItem(20),
    PlannedItem(20),
    PlannedItem(15),
    PlannedItem(0, phases_minutes=(10, 20)),
    PlannedItem(15),
    PlannedItem(0, phases_minutes=(10, 30)),
    PlannedItem(30),
    PlannedItem(10),
]
SEED_START = 12 * H + 30


def starts(items, day_start=0):
    return [i.start for i in plan(items, day_start).items]


def kinds(schedule, index=None):
    return [(w.kind, w.index, w.minutes) for w in schedule.warnings if index is None or w.index == index]


def test_seed_afternoon_lays_out_to_half_past_three():
    schedule = plan(SEED, SEED_START)
    assert (schedule.items[3].start, schedule.items[3].end) == (13 * H + 25, 13 * H + 55)
    assert schedule.end == 15 * H + 30


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


def test_a_pin_past_midnight_after_an_evening_is_the_next_day():
    schedule = plan([PlannedItem(60), PlannedItem(30, pinned_start=30)], day_start=23 * 60)
    assert schedule.items[1].start == 24 * 60 + 30
    assert schedule.items[1].gap_before == 30
    assert format_clock(schedule.items[1].start) == "00.30"


# The North Jutland template with the day moved to start at 12.30: the lunch pinned at 12.15.
NORDJYSK = [PlannedItem(10), PlannedItem(5), PlannedItem(0, phases_minutes=(30, 15)), PlannedItem(15),
            PlannedItem(0, phases_minutes=(30, 15)), PlannedItem(0, phases_minutes=(30, 15)),
            PlannedItem(45, pinned_start=12 * H + 15), PlannedItem(60), PlannedItem(15), PlannedItem(30),
            PlannedItem(30), PlannedItem(15)]


def test_a_pin_earlier_than_the_item_before_is_an_overlap_never_the_next_day():
    schedule = plan(NORDJYSK, day_start=12 * H + 30, day_end=15 * H + 30)
    lunch = schedule.items[6]
    assert lunch.start == 12 * H + 15  # not 1260 minutes later, tomorrow
    assert lunch.gap_before == -(12 * H + 30 + 165 - (12 * H + 15))
    assert (WarningKind.OVERLAP, 6, 180) in kinds(schedule)
    assert all(w.kind is not WarningKind.PAST_MIDNIGHT for w in schedule.warnings)
    assert schedule.items[7].start == 13 * H


def test_the_first_item_pinned_before_the_day_starts_says_so():
    schedule = plan([PlannedItem(30, pinned_start=9 * H), PlannedItem(30)], day_start=9 * H + 30)
    assert kinds(schedule) == [(WarningKind.BEFORE_START, 0, 30)]


def test_pinned_times_are_read_within_twelve_hours_of_the_programme():
    assert pinned_minute(12 * H + 15, 15 * H) == 12 * H + 15  # earlier today: an overlap
    assert pinned_minute(30, 23 * H + 50) == 24 * H + 30  # after an evening: tomorrow
    assert pinned_minute(21 * H, 9 * H + 30) == 21 * H  # later today: a gap
    assert pinned_minute(23 * H + 50, 30) == 23 * H + 50  # never before midnight of the day
    assert pinned_minute(1 * H, 13 * H) == 1 * H  # twelve hours exactly: the same day


def test_empty_plan():
    schedule = plan([], day_start=540, day_end=600)
    assert schedule.items == () and schedule.end == 540 and schedule.warnings == ()


def test_projection_lets_a_pin_wait_but_never_pull_earlier():
    rest = [PlannedItem(30), PlannedItem(45, pinned_start=NOON), PlannedItem(10)]
    assert [i.start for i in plan(rest, 9 * H, start_at=11 * H, pins_wait=True).items] == [660, 720, 765]
    assert [i.start for i in plan(rest, 9 * H, start_at=11 * H + 40, pins_wait=True).items] == [700, 730, 775]
    assert [i.start for i in plan(rest, 9 * H, start_at=11 * H + 40).items] == [700, 720, 765]


# --- drift ---------------------------------------------------------------------------------------


def test_drift_text_values_for_seven_minutes_behind():
    day = plan(SEED, SEED_START)
    # Item 4 (13.25-13.55) is expected to end at 14.02.
    result = drift(day.items[3].end, 14 * H + 2, SEED[4:], day.end)
    assert result.behind_min == 7
    assert (result.expected_end, result.planned_end) == (15 * H + 37, 15 * H + 30)


def test_drift_absorbed_by_a_pinned_lunch_and_ahead_is_negative():
    rest = [PlannedItem(20), PlannedItem(45, pinned_start=NOON)]
    day = plan([PlannedItem(60), *rest], 10 * H)
    late = drift(day.items[0].end, 11 * H + 10, rest, day.end)
    assert late.behind_min == 10 and late.expected_end == late.planned_end == 12 * H + 45
    early = drift(day.items[0].end, 10 * H + 55.5, rest, day.end)
    assert early.behind_min == -4
    assert early.expected_end == 12 * H + 45  # the lunch does not start before its time


def test_drift_against_a_replanned_current_item_keeps_the_planned_end_for_reference():
    after_replan = drift(11 * H + 15, 11 * H + 16, [PlannedItem(30)], 12 * H)
    assert (after_replan.behind_min, after_replan.expected_end, after_replan.planned_end) == (1, 11 * H + 46, 12 * H)


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
        else:  # read within twelve hours of where the item before ends
            assert -12 * 60 <= scheduled.gap_before < 12 * 60 or previous_end < 12 * 60
        if scheduled.phases:
            assert scheduled.phases[0].start == scheduled.start and scheduled.phases[-1].end == scheduled.end
        previous_end = scheduled.end
    overlaps = sum(1 for w in schedule.warnings if w.kind in (WarningKind.OVERLAP, WarningKind.BEFORE_START))
    assert overlaps == sum(1 for s in schedule.items if s.gap_before < 0)


def test_each_later_day_starts_afresh_without_overlaps():
    items = [PlannedItem(60), PlannedItem(60), PlannedItem(30, pinned_start=8 * 60, day=1), PlannedItem(45, day=1),
             PlannedItem(30, day=2)]
    schedule = plan(items, 9 * 60)
    assert [(s.start, s.end, s.day) for s in schedule.items] == [
        (540, 600, 0), (600, 660, 0), (480, 510, 1), (510, 555, 1), (540, 570, 2)]
    assert schedule.warnings == ()
