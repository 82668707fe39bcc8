"""The restore dialog lists the open file's backups and restores one after asking."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.services.backups import BackupReason, BackupService
from facilitator.storage.database import open_store
from facilitator.storage.store import Store
from facilitator.ui.backups.backup_model import REASON
from facilitator.ui.backups.restore_dialog import RestoreDialog
from tests.integration.workshop_file import add_lines, make_workshop, stored_texts


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[Store]:
    store = open_store(make_workshop(tmp_path / "temadag.sqlite", lines=0))
    yield store
    store.close()


@pytest.fixture
def backups(tmp_path: Path) -> BackupService:
    return BackupService(tmp_path / "backups")


def _answer(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_restoring_the_chosen_backup_after_confirmation(
    qtbot: QtBot, opened: Store, backups: BackupService, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_lines(opened, ["Formiddag"])
    morning = backups.back_up(opened.path, BackupReason.OPENED)
    add_lines(opened, ["Eftermiddag"])
    backups.back_up(opened.path, BackupReason.SCHEDULED)
    dialog = RestoreDialog(backups, opened.path, lambda name: backups.restore(name, opened))
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 2
    assert model.index(1, REASON).data() == BackupReason.OPENED.label()
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(1)
    with qtbot.waitSignal(dialog.restored) as restored:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert restored.args == [morning.name] and asked
    assert stored_texts(opened) == ["Formiddag"]
    kept = [info for info in backups.backups(opened.path) if info.reason is BackupReason.BEFORE_RESTORE]
    assert len(kept) == 1


def test_saying_no_changes_nothing(
    qtbot: QtBot, opened: Store, backups: BackupService, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups.back_up(opened.path)
    add_lines(opened, ["Bliver"])
    dialog = RestoreDialog(backups, opened.path, lambda name: backups.restore(name, opened))
    qtbot.addWidget(dialog)
    _answer(monkeypatch, QMessageBox.StandardButton.No)
    with qtbot.assertNotEmitted(dialog.restored):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert stored_texts(opened) == ["Bliver"]


def test_a_damaged_backup_is_explained_and_nothing_changes(
    qtbot: QtBot, opened: Store, backups: BackupService, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = backups.back_up(opened.path)
    chosen.path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    add_lines(opened, ["Bliver"])
    dialog = RestoreDialog(backups, opened.path, lambda name: backups.restore(name, opened))
    qtbot.addWidget(dialog)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    with qtbot.assertNotEmitted(dialog.restored):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert shown and "failed its integrity check" in shown[0]
    assert stored_texts(opened) == ["Bliver"]


def test_without_backups_nothing_can_be_restored(
    qtbot: QtBot, opened: Store, backups: BackupService
) -> None:
    dialog = RestoreDialog(backups, opened.path, lambda name: backups.restore(name, opened))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()
