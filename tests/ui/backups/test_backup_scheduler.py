"""The backup timer backs up in the background, and only when something changed."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from facilitator.services.backups import BackupReason, BackupService
from facilitator.storage.database import open_store
from facilitator.ui.backups.backup_scheduler import BackupScheduler
from tests.integration.workshop_file import add_lines, make_workshop


def test_a_backup_on_start_then_only_after_changes(qtbot: QtBot, tmp_path: Path) -> None:
    path = make_workshop(tmp_path / "temadag.sqlite")
    store = open_store(path)
    service = BackupService(tmp_path / "backups")
    scheduler = BackupScheduler(service, path, interval_minutes=5)
    try:
        with qtbot.waitSignal(scheduler.taken) as opened:
            scheduler.start()
        assert opened.args[0].reason is BackupReason.OPENED
        with qtbot.assertNotEmitted(scheduler.taken, wait=200):
            scheduler.back_up_if_changed()
        add_lines(store, ["Ændret under kørslen"])
        with qtbot.waitSignal(scheduler.taken) as periodic:
            scheduler.back_up_if_changed()
        assert periodic.args[0].reason is BackupReason.SCHEDULED
    finally:
        scheduler.stop()
        store.close()


def test_the_backup_on_open_waits_until_asked_and_a_stop_before_then_cancels_it(qtbot: QtBot,
                                                                                tmp_path: Path) -> None:
    """The app fills its first screen before the copy competes with it; a file closed meanwhile
    is never copied afterwards."""
    path = make_workshop(tmp_path / "temadag.sqlite")
    service = BackupService(tmp_path / "backups")
    scheduler = BackupScheduler(service, path, interval_minutes=5)
    with qtbot.assertNotEmitted(scheduler.taken, wait=300):
        scheduler.start(first_after_ms=250)
        scheduler.stop()
    assert service.backups(path) == []
    try:
        with qtbot.assertNotEmitted(scheduler.taken, wait=100):
            scheduler.start(first_after_ms=400)
        with qtbot.waitSignal(scheduler.taken, timeout=5000) as opened:
            pass
        assert opened.args[0].reason is BackupReason.OPENED
    finally:
        scheduler.stop()
