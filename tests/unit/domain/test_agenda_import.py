"""Turning a parsed programme into items to store: durations, pins, notes kept."""

from __future__ import annotations

from facilitator.domain.agenda_import import plan_import
from facilitator.domain.programme.reader import parse


def test_import_pins_where_the_flow_differs_and_infers_single_times():
    text = "09.00 Velkomst\n09.15 Oplæg\n10.00-10.30 Kaffe\n11.00-12.00 Drøftelse\nEvaluering (15 min)"
    programme = parse(text).programme
    plan = plan_import(programme, day_start=480)
    assert plan.day_start == 540
    assert [i.minutes for i in plan.items] == [15, 45, 30, 60, 15]
    assert [i.pinned_start for i in plan.items] == [None, None, None, 660, None]


def test_import_with_no_items_keeps_every_line():
    plan = plan_import(parse("Overskrift\nlinje to\n\nlinje tre").programme, day_start=540)
    assert len(plan.items) == 1
    assert plan.items[0].title == "Overskrift"
    assert plan.items[0].notes == "linje to\nlinje tre"
