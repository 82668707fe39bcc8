"""Opening from the window: a lock left on another computer can be taken over, a busy file says so."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from facilitator.services.workshops import WorkshopService
from facilitator.storage.errors import LockedError
from facilitator.ui.open_store_dialogs import open_store_asking, show_busy_in
from tests.integration.workshop_file import make_workshop


def _lock_from_another_computer(path: Path) -> None:
    Path(f"{path}.lock").write_text("4242\npython3.11\nmoedelokale-laptop\n" + "0" * 32 + "\nother-boot\n")


def _answer(button_text: str | None) -> None:
    """Press a button of the message box that is about to appear (None: Cancel)."""

    def press() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        assert "moedelokale-laptop" in box.text()
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        if button_text is None:
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, press)


def test_a_lock_from_another_computer_is_taken_over_when_the_user_says_so(qtbot, tmp_path: Path) -> None:
    path = make_workshop(tmp_path / "w.sqlite")
    _lock_from_another_computer(path)
    _answer(None)
    with pytest.raises(LockedError):
        open_store_asking(None, path)
    _answer("Take over the file")
    store = open_store_asking(None, path)
    try:
        assert store.exclusive
    finally:
        store.close()


def test_a_write_waiting_for_another_program_says_busy_in_the_status_bar(qtbot, tmp_path: Path) -> None:
    path = make_workshop(tmp_path / "w.sqlite")
    store = open_store_asking(None, path)
    window = QMainWindow()
    qtbot.addWidget(window)
    show_busy_in(window, store)
    shown: list[str] = []
    window.statusBar().messageChanged.connect(shown.append)
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another program in the middle of its write
    release = threading.Timer(2.5, lambda: other.execute("COMMIT"))
    release.start()
    try:
        workshop_id, _ = WorkshopService(store).create("Skrevet mens filen var optaget")
        assert workshop_id
        assert any("is busy" in message and "retrying" in message for message in shown)
    finally:
        release.join()
        other.close()
        store.close()
