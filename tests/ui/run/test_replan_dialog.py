"""The replan preview: proposed times for each way of replanning, nothing stored before Apply."""

from __future__ import annotations

from datetime import timedelta, timezone

import pytest

from facilitator.domain.clock import ManualClock
from facilitator.services.run import ReplanMode, RunService
from facilitator.ui.run.replan_dialog import ReplanDialog
from tests.run_support import DAY, seed_store


@pytest.fixture
def late_run(tmp_path):
    store, wid, ids = seed_store(tmp_path / "day.sqlite")
    clock = ManualClock(DAY + timedelta(hours=12, minutes=30))
    service = RunService(store, clock, tz=timezone.utc)
    service.toggle(wid)
    clock.advance(32 * 60)  # the first item runs twelve minutes over: 13.02
    yield service, wid
    store.close()


def cells(dialog: ReplanDialog, column: int) -> list[str]:
    return [dialog.table.item(row, column).text() for row in range(dialog.table.rowCount())]


def test_compress_is_proposed_first_and_keeps_the_end_of_the_day(qtbot, late_run):
    service, wid = late_run
    dialog = ReplanDialog(service, wid)
    qtbot.addWidget(dialog)
    assert dialog.mode() is ReplanMode.COMPRESS
    assert cells(dialog, 1)[0] == "12:50–13:10"
    assert cells(dialog, 2)[0].startswith("13:02–")
    assert cells(dialog, 2)[-1].endswith("–15:30")
    assert dialog.table.item(0, 2).font().bold()
    assert service.state(wid).items[1].slot.start == 12 * 60 + 50  # nothing stored


def test_shift_moves_the_end_and_minimum_applies_to_compress_only(qtbot, late_run):
    service, wid = late_run
    dialog = ReplanDialog(service, wid)
    qtbot.addWidget(dialog)
    dialog.shift.setChecked(True)
    assert cells(dialog, 2)[-1] == "15:32–15:42"
    assert not dialog.minimum.isEnabled()
    dialog.compress.setChecked(True)
    dialog.minimum.setValue(15)
    lengths = [p.new_minutes for p in service.propose_replan(wid, ReplanMode.COMPRESS)]
    assert min(lengths) == 10  # "Det videre forløb" was already shorter than the minimum
    assert all(m >= 15 for m in lengths[:-1])
