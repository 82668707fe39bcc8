"""The app backs up the file it opens, on a timer, and reopens it after a restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.app import FacilitatorApp
from facilitator.services.backups import BackupReason, BackupService
from facilitator.ui.backups.restore_dialog import RestoreDialog


def _cluster_names(app: FacilitatorApp) -> list[str]:
    assert app.services is not None and app.window is not None and app.window.workshop_id is not None
    return [cluster.name for cluster in app.services.setup.clusters(app.window.workshop_id)]


def test_opening_a_file_takes_a_verified_backup(qapp: QApplication, qtbot: QtBot, db_path: Path) -> None:
    app = FacilitatorApp(qapp, QSettings(), "en")
    assert app.open_file(db_path)
    qtbot.waitUntil(lambda: len(app.backups.backups(db_path)) == 1)
    assert app.backups.backups(db_path)[0].reason is BackupReason.OPENED
    app.close_file()


def test_the_backup_interval_comes_from_the_settings(qapp: QApplication, db_path: Path) -> None:
    settings = QSettings()
    settings.setValue("backup/interval_minutes", 7)
    app = FacilitatorApp(qapp, settings, "en")
    assert app.open_file(db_path)
    assert app.backup_scheduler is not None and app.backup_scheduler.interval_ms == 7 * 60_000
    app.close_file()


def test_a_failed_backup_is_shown_in_the_status_bar(
    qapp: QApplication, qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    app = FacilitatorApp(qapp, QSettings(), "en")
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backup folder should be")
    app.backups = BackupService(blocked)
    assert app.open_file(db_path) and app.window is not None
    qtbot.waitUntil(lambda: "backup could not be written" in app.window.statusBar().currentMessage())
    warning = app.window.statusBar().findChild(QLabel, "backupWarning")
    assert warning is not None and not warning.isHidden() and "could not be written" in warning.text()
    app.close_file()


def test_restoring_from_the_menu_reopens_the_file_as_it_was(
    qapp: QApplication, qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = FacilitatorApp(qapp, QSettings(), "en")
    assert app.open_file(db_path) and app.window is not None and app.services is not None
    qtbot.waitUntil(lambda: len(app.backups.backups(db_path)) == 1)
    before = _cluster_names(app)
    first = app.services.setup.clusters(app.window.workshop_id)[0]  # type: ignore[arg-type]
    app.services.setup.rename_cluster(first.id, "Omdøbt efter backuppen")
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)

    def restore_in_dialog() -> None:
        dialog = qapp.activeModalWidget()
        assert isinstance(dialog, RestoreDialog)
        dialog.table.selectRow(0)
        dialog.restore_selected()

    old_window = app.window
    QTimer.singleShot(0, restore_in_dialog)
    menu_entry = old_window.findChild(QAction, "restore_backup")
    assert menu_entry is not None
    menu_entry.trigger()
    assert app.window is not None and app.window is not old_window and app.window.isVisible()
    assert _cluster_names(app) == before
    app.close_file()
