from datetime import timedelta, timezone

from PySide6.QtCore import QSettings, Qt

from facilitator.domain.clock import ManualClock
from facilitator.services.run import RunService
from facilitator.ui.changes_bus import ChangesBus
from facilitator.ui.run.console import RunConsole
from tests.run_support import DAY, seed_store


def test_smoke(qtbot, tmp_path):
    store, wid, ids = seed_store(tmp_path / "d.sqlite")
    clock = ManualClock(DAY + timedelta(hours=12, minutes=30))
    service = RunService(store, clock, tz=timezone.utc)
    console = RunConsole(service, ChangesBus(), QSettings())
    qtbot.addWidget(console)
    console.show_workshop(wid)
    console.show()
    console.activateWindow()
    qtbot.waitActive(console)
    console.table.setFocus()
    qtbot.wait(10)
    qtbot.keyClick(console.table, Qt.Key.Key_Space)
    clock.advance(60)
    console.tick()
    print(console.drift_label.text(), console.countdown_label.text())
    assert service.state(wid).current().timer.view().status.value == "running"
    console.grab().save("/tmp/shots/console.png")
    store.close()
