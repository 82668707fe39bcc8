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
    scale_phases,
    shift_rest,
    shrink_to_fit,
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


def test_pin_earlier_than_day_start_is_next_day():
    schedule = plan([PlannedItem(60), PlannedItem(30, pinned_start=30)], day_start=23 * 60)
    assert schedule.items[1].start == 24 * 60 + 30
    assert schedule.items[1].gap_before == 30
    assert format_clock(schedule.items[1].start) == "00.30"


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
    result = drift(day, 3, 14 * H + 2, SEED[4:])
    assert result.behind_min == 7
    assert (result.expected_end, result.planned_end) == (15 * H + 37, 15 * H + 30)


def test_drift_absorbed_by_a_pinned_lunch_and_ahead_is_negative():
    rest = [PlannedItem(20), PlannedItem(45, pinned_start=NOON)]
    day = plan([PlannedItem(60), *rest], 10 * H)
    late = drift(day, 0, 11 * H + 10, rest)
    assert late.behind_min == 10 and late.expected_end == late.planned_end == 12 * H + 45
    early = drift(day, 0, 10 * H + 55.5, rest)
    assert early.behind_min == -4
    assert early.expected_end == 12 * H + 45  # the lunch does not start before its time


# --- replanning ----------------------------------------------------------------------------------


def test_shift_moves_everything_including_pins():
    rest = [PlannedItem(20), PlannedItem(45, pinned_start=NOON), PlannedItem(30)]
    shifted = shift_rest(rest, 9 * H, 11 * H + 7, 11 * H)
    assert starts(shifted, 9 * H) == [667, 727, 772]
    assert [i.duration for i in shifted] == [20, 45, 30]
    assert [i.pinned_start for i in shifted] == [667, 727, None]
    assert rest[0].pinned_start is None  # input untouched


def test_shift_of_a_rest_starting_before_its_pinned_lunch():
    items = [PlannedItem(60), PlannedItem(60), PlannedItem(45, pinned_start=NOON)]
    planned = plan(items, 10 * H)
    shifted = shift_rest(items[1:], 10 * H, 11 * H + 20, planned.items[1].start)
    schedule = plan(shifted, 10 * H, start_at=11 * H + 20, first_index=1)
    assert [i.start for i in schedule.items] == [680, NOON + 20]
    assert [i.pinned_start for i in shifted] == [680, NOON + 20]
    assert [i.index for i in schedule.items] == [1, 2]
    assert schedule.warnings == ()


def test_shift_keeps_phases_and_reads_pins_past_midnight_as_the_next_day():
    rest = [PlannedItem(0, phases_minutes=(10, 20)), PlannedItem(30, pinned_start=30)]
    shifted = shift_rest(rest, 22 * H, 23 * H + 10, 23 * H)
    assert shifted[0].phases_minutes == (10, 20)
    assert [i.pinned_start for i in shifted] == [23 * H + 10, 40]  # stored as clock times
    assert starts(shifted, 22 * H) == [23 * H + 10, 24 * H + 40]


def test_compress_keeps_pins_and_the_day_end():
    day = plan(SEED, SEED_START)
    rest = SEED[4:]  # from 13.55; item 4 ran 7 minutes over
    squeezed = compress_rest(rest, SEED_START, 14 * H + 2, day.end, min_minutes=5)
    new = plan(squeezed, SEED_START)
    assert new.items[0].start == 14 * H + 2
    assert new.end == 15 * H + 30
    assert sum(i.duration for i in squeezed) == 88
    assert all(i.duration >= 5 for i in squeezed)


def test_compress_around_a_pinned_lunch():
    rest = [PlannedItem(30), PlannedItem(30), PlannedItem(45, pinned_start=NOON), PlannedItem(60)]
    squeezed = compress_rest(rest, 9 * H, 11 * H + 10, 13 * H + 45, min_minutes=10)
    assert starts(squeezed, 9 * H) == [670, 695, 720, 765]
    assert [i.duration for i in squeezed] == [25, 25, 45, 60]


def test_compress_rest_fits_before_the_pinned_lunch():
    items = [PlannedItem(30), PlannedItem(60), PlannedItem(30), PlannedItem(60, pinned_start=NOON), PlannedItem(60)]
    # 10.00 start; running 20 minutes late: rest resumes at 10.50 instead of 10.30.
    squeezed = compress_rest(items[1:], 10 * H, 650, plan(items, 10 * H).end, min_minutes=5)
    assert [i.duration for i in squeezed] == [47, 23, 60, 60]
    schedule = plan(squeezed, 10 * H, start_at=650)
    assert schedule.items[2].start == NOON
    assert schedule.warnings == ()


def test_compress_rest_respects_minimum_and_fixed_items():
    items = [PlannedItem(40), PlannedItem(4), PlannedItem(20, fixed=True), PlannedItem(40)]
    squeezed = compress_rest(items, 600, 630, 700, min_minutes=10)
    # 70 minutes left: 20 fixed, the 4-minute item keeps 4, two 40s share 46.
    assert [i.duration for i in squeezed] == [23, 4, 20, 23]
    assert plan(squeezed, 600).end == 700


def test_compress_rest_leaves_the_overlap_it_cannot_remove_for_the_user_to_see():
    items = [PlannedItem(30), PlannedItem(30), PlannedItem(30, pinned_start=660)]
    squeezed = compress_rest(items, 600, 650, 690, min_minutes=10)
    assert [i.duration for i in squeezed] == [10, 10, 30]
    schedule = plan(squeezed, 600, start_at=650)
    assert [(w.kind, w.index, w.minutes) for w in schedule.warnings] == [(WarningKind.OVERLAP, 2, 10)]


def test_compress_scales_phases_with_their_item():
    items = [PlannedItem(0, phases_minutes=(10, 20)), PlannedItem(30)]
    squeezed = compress_rest(items, 600, 615, 660, min_minutes=5)
    assert [i.duration for i in squeezed] == [23, 22]
    assert squeezed[0].phases_minutes == (8, 15)
    assert squeezed[1].phases_minutes == ()


def test_compress_never_lengthens_when_ahead():
    items = [PlannedItem(30), PlannedItem(30)]
    squeezed = compress_rest(items, 600, 590, 660)
    assert [i.duration for i in squeezed] == [30, 30]
    assert squeezed[0].pinned_start == 590


def test_lunch_already_due_starts_the_rest_late_rather_than_early():
    rest = [PlannedItem(45, pinned_start=12 * H), PlannedItem(60)]
    squeezed = compress_rest(rest, 9 * H, 12 * H + 5, 13 * H + 45, min_minutes=10)
    assert squeezed[0].pinned_start == 12 * H + 5
    assert [i.duration for i in squeezed] == [45, 55]


def test_minimum_length_defaults_to_five_minutes():
    squeezed = compress_rest([PlannedItem(30), PlannedItem(30)], 600, 650, 660)
    assert [i.duration for i in squeezed] == [5, 5]


def test_shrink_never_goes_below_the_minimum_and_leaves_room_alone():
    assert shrink_to_fit([30, 10], 30, [10, 10]) == [20, 10]
    assert shrink_to_fit([30, 30], 15, [10, 10]) == [10, 10]  # cannot fit: minimums, overlap stays
    assert shrink_to_fit([10, 10], 40, [5, 5]) == [10, 10]
    assert shrink_to_fit([3, 30], 20, [3, 5]) == [3, 17]  # already short items keep their length


def test_phases_resized_in_proportion_always_sum_to_the_item():
    assert scale_phases((10, 20), 24) == (8, 16)
    assert scale_phases((10, 30), 30) == (8, 22)
    assert sum(scale_phases((7, 7, 7), 20)) == 20
    assert scale_phases((0, 0), 5) == (5, 0)
    assert scale_phases((), 5) == ()


@given(
    st.lists(st.integers(0, 300), min_size=1, max_size=12),
    st.integers(-30, 3000),
    st.integers(0, 30),
)
def test_shrink_sums_to_budget_and_respects_floors(lengths, budget, floor):
    floors = [min(floor, v) for v in lengths]
    result = shrink_to_fit(lengths, budget, floors)
    assert len(result) == len(lengths)
    for length, minimum, value in zip(lengths, floors, result):
        assert minimum <= value <= length
    assert sum(result) == max(min(budget, sum(lengths)), sum(floors))


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


ITEMS = st.lists(st.tuples(st.integers(0, 90), st.booleans()), min_size=1, max_size=12)


@given(items=ITEMS, late=st.integers(-30, 60), minimum=st.integers(0, 15))
def test_compress_properties(items, late, minimum):
    """Pins keep their time when the room allows; nothing drops below its minimum; sums fit."""
    rest, clock = [], 600
    for key, (minutes, pinned) in enumerate(items):
        rest.append(PlannedItem(minutes, clock if pinned and key else None))
        clock += minutes
    day_end = clock
    start = 600 + late
    squeezed = compress_rest(rest, 540, start, day_end, minimum)  # the day began at 9.00
    assert len(squeezed) == len(rest)
    for old, new in zip(rest, squeezed):
        assert new.duration >= min(old.duration, minimum)
        assert new.duration <= old.duration
        if old.pinned_start is not None and old is not rest[0]:
            assert new.pinned_start == old.pinned_start % (24 * 60)  # pins come back as clock times
    schedule = plan(squeezed, 540)
    assert schedule.items[0].start == start
    if sum(min(i.duration, minimum) for i in rest) <= day_end - start and all(
        i.pinned_start is None for i in rest
    ):
        assert schedule.end <= max(day_end, start)


@given(st.lists(PLANNED, min_size=1, max_size=8), st.integers(0, 10), st.integers(-60, 120), st.integers(1, 15))
def test_compress_never_lengthens_and_keeps_pins(items, first, late, floor):
    first = min(first, len(items) - 1)
    day_start = 8 * 60
    day = plan(items, day_start)
    start = day.items[first].start + late
    rest = items[first:]
    squeezed = compress_rest(rest, day_start, start, day.end, min_minutes=floor)
    for offset, (item, new) in enumerate(zip(rest, squeezed)):
        assert new.duration <= item.duration
        if item.pinned_start is not None or item.fixed:
            assert new.duration == item.duration
        else:
            assert new.duration >= min(floor, item.duration)
        if item.phases_minutes:
            assert sum(new.phases_minutes) == new.duration
        if offset and item.pinned_start is not None:
            assert new.pinned_start == item.pinned_start


def test_each_later_day_starts_afresh_without_overlaps():
    items = [PlannedItem(60), PlannedItem(60), PlannedItem(30, pinned_start=8 * 60, day=1), PlannedItem(45, day=1),
             PlannedItem(30, day=2)]
    schedule = plan(items, 9 * 60)
    assert [(s.start, s.end, s.day) for s in schedule.items] == [
        (540, 600, 0), (600, 660, 0), (480, 510, 1), (510, 555, 1), (540, 570, 2)]
    assert schedule.warnings == ()
