"""Scheduled backups never stop silently: every kind of failure is shown once and retried.

Found by an adversarial run: a workshop file whose name holds a byte that is not UTF-8, or a
newline, made the backup scheduler raise UnicodeEncodeError or AssertionError; it caught only
StoreError and OSError, so the backups stopped without a word.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitator.services.backups import BackupService
from facilitator.storage import backup
from facilitator.ui.backups.backup_scheduler import BackupScheduler
from tests.integration.workshop_file import add_lines, make_workshop

ODD_NAMES = [os.fsdecode(b"temadag-\xe6\xf8.sqlite"), "temadag\nkopi.sqlite", "dag; rm -rf ~ $(x).sqlite"]


@pytest.mark.parametrize("name", ODD_NAMES, ids=["latin-1 byte", "newline", "shell characters"])
def test_a_file_with_an_odd_name_is_backed_up_listed_and_restored(tmp_path: Path, name: str) -> None:
    path = make_workshop(tmp_path / name)
    service = BackupService(tmp_path / "backups")
    info = service.back_up(path)
    assert [found.name for found in service.backups(path)] == [info.name]
    assert "\n" not in info.name
    with sqlite3.connect(info.path) as copy:
        assert copy.execute("SELECT count(*) FROM contribution").fetchone()[0] == 20
    copy.close()
    assert service.restore_file(info.name, path) is not None


def test_every_failure_is_shown_once_and_the_backup_retried(qtbot: QtBot, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_workshop(tmp_path / "temadag.sqlite")
    service = BackupService(tmp_path / "backups")
    scheduler = BackupScheduler(service, path, interval_minutes=5)
    shown: list[str] = []
    scheduler.failed.connect(shown.append)
    real = backup.backup_to

    def broken(source: Path, target: Path) -> Path:
        raise AssertionError("a bug nobody expected")

    monkeypatch.setattr(backup, "backup_to", broken)
    try:
        with qtbot.waitSignal(scheduler.failed):
            scheduler.back_up_on_open()
        for _ in range(2):  # the next ticks try again, but say it only once
            add_lines_to(path)
            scheduler.back_up_if_changed()
            scheduler.wait_until_idle()
        qtbot.wait(50)
        assert len(shown) == 1 and "could not be written" in shown[0]
        monkeypatch.setattr(backup, "backup_to", real)
        with qtbot.waitSignal(scheduler.recovered), qtbot.waitSignal(scheduler.taken):
            scheduler.back_up_if_changed()
    finally:
        scheduler.stop()
    assert len(service.backups(path)) == 1


def add_lines_to(path: Path) -> None:
    from facilitator.storage.database import open_store

    store = open_store(path, exclusive=False)
    try:
        add_lines(store, ["Endnu en linje"])
    finally:
        store.close()
