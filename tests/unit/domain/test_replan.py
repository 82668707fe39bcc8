"""Replanning a running day: shift or compress the rest, whole five minutes, nothing pinned."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator.domain.replan import ReplannedItem, compress_rest, round_up, shift_rest, shrink_to_fit
from facilitator.domain.schedule import PlannedItem, plan
from tests.unit.domain.test_schedule import H, NOON, SEED, SEED_START


def starts(items):
    return [i.start for i in items]


def lengths(items):
    return [i.minutes for i in items]


def test_round_up_to_whole_five_minutes():
    assert [round_up(m, 5) for m in (600, 600.2, 601, 604, 605)] == [600, 605, 605, 605, 605]
    assert round_up(601.5, 1) == 602


def test_shift_moves_everything_including_pins_to_whole_five_minutes():
    rest = [PlannedItem(20), PlannedItem(45, pinned_start=NOON), PlannedItem(30)]
    shifted = shift_rest(rest, [11 * H, NOON, NOON + 45], 11 * H + 7)
    assert starts(shifted) == [11 * H + 10, NOON + 10, NOON + 55]
    assert lengths(shifted) == [20, 45, 30]
    assert rest[0].pinned_start is None and rest[1].pinned_start == NOON  # input untouched


def test_shift_keeps_phases_and_by_minute_when_asked():
    rest = [PlannedItem(0, phases_minutes=(10, 20)), PlannedItem(30)]
    shifted = shift_rest(rest, [23 * H, 23 * H + 30], 23 * H + 7, step=1)
    assert shifted == [ReplannedItem(23 * H + 7, 30, (10, 20)), ReplannedItem(23 * H + 37, 30)]


def test_compress_keeps_pins_and_the_day_end_in_whole_five_minutes():
    day = plan(SEED, SEED_START)
    rest = SEED[4:]  # from 13.55; item 4 ran 7 minutes over: the rest can start at 14.02
    squeezed = compress_rest(rest, 14 * H + 2, day.end)
    assert squeezed[0].start == 14 * H + 5
    assert squeezed[-1].end <= 15 * H + 30
    assert all(i.start % 5 == 0 and i.minutes % 5 == 0 for i in squeezed)
    assert all(sum(i.phases_minutes) == i.minutes and all(p % 5 == 0 for p in i.phases_minutes)
               for i in squeezed if i.phases_minutes)
    assert [a.end for a in squeezed[:-1]] == starts(squeezed[1:])  # flows: no pins were made


def test_the_issue_proposal_10_00_to_10_26_becomes_whole_five_minutes():
    rest = [PlannedItem(0, phases_minutes=(10, 30)), PlannedItem(30)]
    squeezed = compress_rest(rest, 10 * H, 11 * H, min_minutes=5)
    assert squeezed == [ReplannedItem(10 * H, 35, (10, 25)), ReplannedItem(10 * H + 35, 25)]
    by_minute = compress_rest(rest, 10 * H, 11 * H, min_minutes=5, step=1)  # only when asked for
    assert by_minute == [ReplannedItem(10 * H, 34, (9, 25)), ReplannedItem(10 * H + 34, 26)]


def test_compress_around_a_pinned_lunch():
    rest = [PlannedItem(30), PlannedItem(30), PlannedItem(45, pinned_start=NOON), PlannedItem(60)]
    squeezed = compress_rest(rest, 11 * H + 10, 13 * H + 45, min_minutes=10)
    assert starts(squeezed) == [670, 695, 720, 765]
    assert lengths(squeezed) == [25, 25, 45, 60]


def test_compress_rest_fits_before_the_pinned_lunch():
    items = [PlannedItem(30), PlannedItem(60), PlannedItem(30), PlannedItem(60, pinned_start=NOON), PlannedItem(60)]
    # 10.00 start; running 20 minutes late: rest resumes at 10.50 instead of 10.30.
    squeezed = compress_rest(items[1:], 650, plan(items, 10 * H).end)
    assert lengths(squeezed) == [45, 25, 60, 60]
    assert squeezed[2].start == NOON


def test_compress_rest_respects_minimum_and_fixed_items():
    items = [PlannedItem(40), PlannedItem(4), PlannedItem(20, fixed=True), PlannedItem(40)]
    squeezed = compress_rest(items, 630, 700, min_minutes=10)
    # 70 minutes left: 20 fixed, the 4-minute item keeps 4, two 40s share 46 in fives.
    assert lengths(squeezed) == [20, 4, 20, 20] or lengths(squeezed) == [25, 4, 20, 20]
    assert squeezed[-1].end <= 700


def test_compress_rest_leaves_the_overlap_it_cannot_remove_for_the_user_to_see():
    items = [PlannedItem(30), PlannedItem(30), PlannedItem(30, pinned_start=660)]
    squeezed = compress_rest(items, 650, 690, min_minutes=10)
    assert lengths(squeezed) == [10, 10, 30]
    assert squeezed[2].start == 670  # the pin waits for the room


def test_compress_never_lengthens_when_ahead_and_pins_nothing():
    items = [PlannedItem(30), PlannedItem(30)]
    squeezed = compress_rest(items, 590, 660)
    assert squeezed == [ReplannedItem(590, 30), ReplannedItem(620, 30)]


def test_lunch_already_due_starts_the_rest_late_rather_than_early():
    rest = [PlannedItem(45, pinned_start=12 * H), PlannedItem(60)]
    squeezed = compress_rest(rest, 12 * H + 5, 13 * H + 45, min_minutes=10)
    assert squeezed[0].start == 12 * H + 5
    assert lengths(squeezed) == [45, 55]


def test_minimum_length_defaults_to_five_minutes():
    assert lengths(compress_rest([PlannedItem(30), PlannedItem(30)], 650, 660)) == [5, 5]


def test_shrink_never_goes_below_the_minimum_and_leaves_room_alone():
    assert shrink_to_fit([30, 10], 30, [10, 10]) == [20, 10]
    assert shrink_to_fit([30, 30], 15, [10, 10]) == [10, 10]  # cannot fit: minimums, overlap stays
    assert shrink_to_fit([10, 10], 40, [5, 5]) == [10, 10]
    assert shrink_to_fit([3, 30], 20, [3, 5]) == [3, 17]  # already short items keep their length
    assert shrink_to_fit([3, 30], 20, [3, 5], step=5) == [3, 15]


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


@given(
    st.lists(st.integers(1, 60).map(lambda n: n * 5), min_size=1, max_size=12),
    st.integers(0, 3000),
    st.sampled_from([0, 5, 10, 15]),
)
def test_shrink_in_fives_stays_in_fives_and_within_the_budget(lengths, budget, floor):
    floors = [min(floor, v) for v in lengths]
    result = shrink_to_fit(lengths, budget, floors, step=5)
    for length, minimum, value in zip(lengths, floors, result):
        assert minimum <= value <= length and value % 5 == 0
    if sum(floors) < budget < sum(lengths):
        assert budget - 5 * len(lengths) < sum(result) <= budget


ITEMS = st.lists(st.tuples(st.integers(0, 18).map(lambda n: n * 5), st.booleans()), min_size=1, max_size=12)


@given(items=ITEMS, late=st.integers(-30, 60), minimum=st.sampled_from([0, 5, 10]))
def test_compress_properties(items, late, minimum):
    """Pins keep their time when the room allows; nothing drops below its minimum; all in fives."""
    rest, clock = [], 600
    for key, (minutes, pinned) in enumerate(items):
        rest.append(PlannedItem(minutes, clock if pinned and key else None))
        clock += minutes
    day_end = clock
    start = 600 + late
    squeezed = compress_rest(rest, start, day_end, min_minutes=minimum)
    assert len(squeezed) == len(rest)
    assert squeezed[0].start == round_up(start, 5)
    for old, new in zip(rest, squeezed):
        assert new.minutes >= min(old.duration, minimum)
        assert new.minutes <= old.duration
        assert new.start % 5 == 0 and new.minutes % 5 == 0
        if old.pinned_start is not None:
            assert new.start >= old.pinned_start
    for before, after in zip(squeezed, squeezed[1:]):
        assert after.start >= before.end


PLANNED = st.builds(
    PlannedItem,
    minutes=st.integers(0, 240),
    pinned_start=st.none() | st.integers(0, 24 * 60 - 1),
    phases_minutes=st.lists(st.integers(0, 60), max_size=3).map(tuple),
)


@given(st.lists(PLANNED, min_size=1, max_size=8), st.integers(0, 10), st.integers(-60, 120), st.integers(1, 15))
def test_compress_never_lengthens_and_keeps_the_lengths_of_pinned_items(items, first, late, floor):
    first = min(first, len(items) - 1)
    day = plan(items, 8 * 60)
    rest = items[first:]
    squeezed = compress_rest(rest, day.items[first].start + late, day.end, min_minutes=floor)
    for item, new in zip(rest, squeezed):
        assert new.minutes <= item.duration
        if item.pinned_start is not None:
            assert new.minutes == item.duration
        else:
            assert new.minutes >= min(floor, item.duration)
        if item.phases_minutes:
            assert sum(new.phases_minutes) == new.minutes
