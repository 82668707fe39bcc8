"""Drift and replanning of the rest of the day."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator.domain.replan import (
    PlanItem,
    Slot,
    apportion,
    compress_rest,
    drift,
    fit,
    lay_out,
    project,
    shift_rest,
)

# Seed 000's afternoon: 12.30-15.30, minutes after midnight.
SEED = [
    PlanItem(1, 20),
    PlanItem(2, 20),
    PlanItem(3, 15),
    PlanItem(4, 30),
    PlanItem(5, 15),
    PlanItem(6, 40),
    PlanItem(7, 30),
    PlanItem(8, 10),
]
H = 60


def test_lay_out_follows_durations_and_pins():
    slots = lay_out(SEED, 12 * H + 30)
    assert [(s.start, s.end) for s in slots][3] == (13 * H + 25, 13 * H + 55)
    assert slots[-1].end == 15 * H + 30
    pinned = lay_out([PlanItem(1, 30), PlanItem(2, 45, pinned_start=12 * H), PlanItem(3, 10)], 9 * H)
    assert pinned == [Slot(1, 540, 30), Slot(2, 720, 45), Slot(3, 765, 10)]


def test_projection_lets_a_pin_wait_but_never_pull_earlier():
    rest = [PlanItem(1, 30), PlanItem(2, 45, pinned_start=12 * H), PlanItem(3, 10)]
    assert [s.start for s in project(rest, 11 * H)] == [660, 720, 765]
    assert [s.start for s in project(rest, 11 * H + 40)] == [700, 730, 775]


def test_drift_text_values_for_seven_minutes_behind():
    plan = lay_out(SEED, 12 * H + 30)
    # Item 4 (13.25-13.55) is expected to end at 14.02.
    result = drift(plan, 13 * H + 55, 14 * H + 2, SEED[4:])
    assert result.behind_min == 7
    assert (result.expected_end, result.planned_end) == (15 * H + 37, 15 * H + 30)


def test_drift_absorbed_by_a_pinned_lunch_and_ahead_is_negative():
    rest = [PlanItem(2, 20), PlanItem(3, 45, pinned_start=12 * H)]
    plan = lay_out([PlanItem(1, 60), *rest], 10 * H)
    late = drift(plan, 11 * H, 11 * H + 10, rest)
    assert late.behind_min == 10 and late.expected_end == late.planned_end == 12 * H + 45
    early = drift(plan, 11 * H, 10 * H + 55.5, rest)
    assert early.behind_min == -4


def test_shift_moves_everything_including_pins():
    rest = [PlanItem(2, 20), PlanItem(3, 45, pinned_start=12 * H), PlanItem(4, 30)]
    shifted = shift_rest(rest, 11 * H + 7, 11 * H)
    assert [s.start for s in lay_out(shifted, 0)] == [667, 727, 772]
    assert [i.minutes for i in shifted] == [20, 45, 30]


def test_compress_keeps_pins_and_the_day_end():
    plan = lay_out(SEED, 12 * H + 30)
    rest = SEED[4:]  # from 13.55; item 4 ran 7 minutes over
    squeezed = compress_rest(rest, 14 * H + 2, plan[-1].end, min_minutes=5)
    new = lay_out(squeezed, 0)
    assert new[0].start == 14 * H + 2
    assert new[-1].end == 15 * H + 30
    assert sum(i.minutes for i in squeezed) == 88
    assert all(i.minutes >= 5 for i in squeezed)


def test_compress_around_a_pinned_lunch():
    rest = [PlanItem(1, 30), PlanItem(2, 30), PlanItem(3, 45, pinned_start=12 * H), PlanItem(4, 60)]
    squeezed = compress_rest(rest, 11 * H + 10, 13 * H + 45, min_minutes=10)
    slots = lay_out(squeezed, 0)
    assert [s.start for s in slots] == [670, 695, 720, 765]
    assert [i.minutes for i in squeezed] == [25, 25, 45, 60]


def test_compress_never_goes_below_the_minimum_and_leaves_room_alone():
    assert fit([30, 10], 30, [10, 10]) == [20, 10]
    assert fit([30, 30], 15, [10, 10]) == [10, 10]  # cannot fit: minimums, overlap stays
    assert fit([10, 10], 40, [5, 5]) == [10, 10]
    assert fit([3, 30], 20, [3, 5]) == [3, 17]  # already short items keep their length


def test_lunch_already_due_starts_the_rest_late_rather_than_early():
    rest = [PlanItem(3, 45, pinned_start=12 * H), PlanItem(4, 60)]
    squeezed = compress_rest(rest, 12 * H + 5, 13 * H + 45, min_minutes=10)
    assert squeezed[0].pinned_start == 12 * H + 5
    assert [i.minutes for i in squeezed] == [45, 55]


def test_apportion_phases_of_a_resized_item():
    assert apportion([10, 20], 24) == [8, 16]
    assert apportion([10, 30], 30) == [8, 22]
    assert sum(apportion([7, 7, 7], 20)) == 20
    assert apportion([0, 0], 5) == [5, 0]


ITEMS = st.lists(
    st.tuples(st.integers(0, 90), st.booleans()), min_size=1, max_size=12
)


@given(items=ITEMS, late=st.integers(-30, 60), minimum=st.integers(0, 15))
def test_compress_properties(items, late, minimum):
    """Pins keep their time when the room allows; nothing drops below its minimum; sums fit."""
    rest, clock = [], 600
    for key, (minutes, pinned) in enumerate(items):
        rest.append(PlanItem(key, minutes, clock if pinned and key else None))
        clock += minutes
    day_end = clock
    start = 600 + late
    squeezed = compress_rest(rest, start, day_end, minimum)
    assert [i.key for i in squeezed] == [i.key for i in rest]
    for old, new in zip(rest, squeezed):
        assert new.minutes >= min(old.minutes, minimum)
        assert new.minutes <= old.minutes
        if old.pinned_start is not None and old is not rest[0]:
            assert new.pinned_start == old.pinned_start
    slots = lay_out(squeezed, 0)
    assert slots[0].start == start
    if sum(min(i.minutes, minimum) for i in rest) <= day_end - start and all(
        i.pinned_start is None for i in rest
    ):
        assert slots[-1].end <= max(day_end, start)
