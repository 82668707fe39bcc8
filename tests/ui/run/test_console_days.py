"""The console of a two-day programme says which day is run and greys the other day's rows."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt

from facilitator.domain.clock import ManualClock
from facilitator.storage.database import open_store
from tests.run_support import DAY_ONE, add_two_day_workshop

K = Qt.Key
MORNING = datetime(DAY_ONE.year, DAY_ONE.month, DAY_ONE.day, 9, 0, tzinfo=timezone.utc)


def _two_day_console(tmp_path, make_console):
    path = tmp_path / "days.sqlite"
    seeded = open_store(path)
    workshop_id, _ = add_two_day_workshop(seeded)
    seeded.close()
    clock = ManualClock(MORNING)
    _, _, console = make_console(path, clock, workshop_id)
    return clock, console


def _muted_rows(console) -> list[int]:
    model = console.model
    return [row for row in range(model.rowCount())
            if model.data(model.index(row, model.TITLE), Qt.ItemDataRole.ForegroundRole) is not None
            and row != model.current_row()]


def test_day_one_is_named_and_day_two_is_greyed(qtbot, tmp_path, make_console):
    clock, console = _two_day_console(tmp_path, make_console)
    qtbot.keyClick(console.table, K.Key_Space)  # start day 1's first item
    clock.advance(70 * 60)
    console.tick()
    assert console.drift_label.text().startswith("Dag 1 – torsdag: 10 min behind")
    assert "planned 11:00" in console.drift_label.text()
    assert _muted_rows(console) == [2, 3]
    assert console.table.hasFocus()


def test_after_day_one_the_console_runs_day_two(qtbot, tmp_path, make_console):
    clock, console = _two_day_console(tmp_path, make_console)
    for _ in range(2):  # both items of day 1, on time
        qtbot.keyClick(console.table, K.Key_Space)
        clock.advance(60 * 60)
        qtbot.keyClick(console.table, K.Key_N)
    clock.advance(timedelta(hours=22, minutes=5).total_seconds())  # 9.05 the next morning
    console.tick()
    assert console.item_label.text() == "Punkt 3"
    assert console.drift_label.text().startswith("Dag 2 – fredag: 5 min behind")
    assert "planned 12:00" in console.drift_label.text()
    assert _muted_rows(console) == [0, 1]
    assert console.table.hasFocus()
