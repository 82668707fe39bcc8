"""The replan preview: proposed times for each way of replanning, nothing stored before Apply."""

from __future__ import annotations

from datetime import timedelta, timezone

import pytest
from PySide6.QtCore import QSettings, Qt

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
    dialog = ReplanDialog(service, wid, QSettings())
    qtbot.addWidget(dialog)
    assert dialog.mode() is ReplanMode.COMPRESS
    assert cells(dialog, 1)[0] == "12:50–13:10"
    assert cells(dialog, 2)[0].startswith("13:05–")  # whole five minutes
    assert cells(dialog, 2)[-1].endswith("–15:30")
    assert dialog.table.item(0, 2).font().bold()
    assert service.state(wid).items[1].slot.start == 12 * 60 + 50  # nothing stored


def test_shift_moves_the_end_and_minimum_applies_to_compress_only(qtbot, late_run):
    service, wid = late_run
    dialog = ReplanDialog(service, wid, QSettings())
    qtbot.addWidget(dialog)
    dialog.shift.setChecked(True)
    assert cells(dialog, 2)[-1] == "15:35–15:45"
    assert not dialog.minimum.isEnabled()
    dialog.compress.setChecked(True)
    dialog.minimum.setValue(15)
    lengths = [p.new_minutes for p in service.propose_replan(wid, ReplanMode.COMPRESS)]
    assert min(lengths) == 10  # "Det videre forløb" was already shorter than the minimum
    assert all(m >= 15 for m in lengths[:-1])


def test_rounding_is_remembered_and_phases_are_shown_in_whole_steps(qtbot, late_run):
    service, wid = late_run
    settings = QSettings()
    dialog = ReplanDialog(service, wid, settings)
    qtbot.addWidget(dialog)
    with_phases = [row for row, text in enumerate(cells(dialog, 0)) if "mål og indsatser" in text][0]
    assert cells(dialog, 2)[with_phases].endswith(" min)")
    phases = cells(dialog, 2)[with_phases].split("(")[1].removesuffix(" min)").split(" + ")
    assert all(int(m) % 5 == 0 for m in phases)
    dialog.rounding.setCurrentIndex(dialog.rounding.findData(1))
    assert settings.value("replan/round_minutes", type=int) == 1
    assert cells(dialog, 2)[0].startswith("13:02–")
    again = ReplanDialog(service, wid, settings)
    qtbot.addWidget(again)
    assert again.rounding.currentData() == 1


def test_the_console_shows_planned_and_replanned_side_by_side(qtbot, late_run):
    from facilitator.ui.run.agenda_model import RunAgendaModel  # noqa: PLC0415

    service, wid = late_run
    service.apply_replan(wid, ReplanMode.SHIFT)
    model = RunAgendaModel()
    model.set_state(service.state(wid), service.clock.now())
    assert model.headerData(model.REPLANNED, Qt.Orientation.Horizontal) == "Replanned"
    assert model.index(1, model.PLANNED).data() == "12:50–13:10"  # as planned
    assert model.index(1, model.REPLANNED).data() == "13:05–13:25"
    assert model.index(0, model.REPLANNED).data() == ""  # started before the replan


def test_a_replan_that_moves_nothing_shows_nothing_as_replanned(qtbot, tmp_path):
    from facilitator.ui.run.agenda_model import RunAgendaModel  # noqa: PLC0415

    store, wid, _ = seed_store(tmp_path / "day.sqlite")
    clock = ManualClock(DAY + timedelta(hours=12, minutes=30))
    service = RunService(store, clock, tz=timezone.utc, round_minutes=1)
    service.toggle(wid)
    clock.advance(20 * 60)  # the first item ends on time: the rest starts as planned
    service.apply_replan(wid, ReplanMode.SHIFT)
    model = RunAgendaModel()
    model.set_state(service.state(wid), service.clock.now())
    assert [model.index(row, model.REPLANNED).data() for row in range(model.rowCount())] == [""] * 8
    store.close()


@pytest.mark.parametrize("focus", ["choice", "table", "rounding"])
def test_enter_applies_the_proposal_wherever_the_focus_is(qtbot, late_run, focus):
    """R then Enter is a replan from the keyboard: Enter must not be the Cancel button's."""
    from PySide6.QtWidgets import QDialog  # noqa: PLC0415

    service, wid = late_run
    dialog = ReplanDialog(service, wid, QSettings())
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    target = {"choice": dialog.compress, "table": dialog.table, "rounding": dialog.rounding}[focus]
    assert target is not None and dialog.isAncestorOf(target)
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_escape_cancels(qtbot, late_run):
    from PySide6.QtWidgets import QDialog  # noqa: PLC0415

    service, wid = late_run
    dialog = ReplanDialog(service, wid, QSettings())
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
