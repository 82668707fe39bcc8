"""Planned slots and actual start/end of agenda items."""

from __future__ import annotations

import datetime as dt

from facilitator.domain.item_times import ActualSpan, PlannedSlot, actual_span, planned_slots


def at(minute: int) -> dt.datetime:
    return dt.datetime(2026, 3, 7, 9, 0, tzinfo=dt.timezone.utc) + dt.timedelta(minutes=minute)


def test_slots_chain_from_the_day_start_and_pinned_starts_win() -> None:
    assert planned_slots(9 * 60, [(20, None), (30, None), (45, 12 * 60), (15, None)]) == [
        PlannedSlot(540, 560),
        PlannedSlot(560, 590),
        PlannedSlot(720, 765),
        PlannedSlot(765, 780),
    ]


def test_actual_span_is_first_start_to_last_end_in_time_order() -> None:
    events = [("end", at(50)), ("start", at(2)), ("pause", at(10)), ("resume", at(20)),
              ("extend", at(30)), ("start", at(40)), ("end", at(55))]
    assert actual_span(events) == ActualSpan(at(2), at(55))


def test_an_item_never_started_or_never_ended_has_no_invented_times() -> None:
    assert actual_span([]) == ActualSpan(None, None)
    assert actual_span([("start", at(0)), ("pause", at(5))]) == ActualSpan(at(0), None)
    assert actual_span([("end", at(5))]) == ActualSpan(None, None)
