"""Ctrl+Q during a run asks first; outside a run it quits at once (issue 10 item 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.app_support import console_of, focused, main_window, start_app

CTRL = Qt.KeyboardModifier.ControlModifier


def answer(qtbot, text: str, seen: list[str]) -> None:  # noqa: ANN001
    """Click the button called ``text`` in the question that is about to open."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == text).click()

    QTimer.singleShot(0, click)


def test_ctrl_q_outside_a_run_quits_without_asking(qapp, qtbot, db_path):
    app = start_app(qapp, qtbot, db_path)
    window = main_window(app)
    qtbot.keyClick(focused() or window, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()
    app.close_file()


def test_ctrl_q_during_a_run_asks_and_keep_running_keeps_the_window(qapp, qtbot, db_path):
    app = start_app(qapp, qtbot, db_path)
    window = main_window(app)
    window.show_section("run")
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert console_of(app).run_in_progress()
    seen: list[str] = []
    answer(qtbot, "Keep running", seen)
    qtbot.keyClick(focused(), Qt.Key.Key_Q, CTRL)
    assert seen and "Oplæg om de overordnede rammer" in seen[0]
    assert window.isVisible()
    # Offscreen gives the activation back to no one after a modal dialog; a window manager would.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    answer(qtbot, "Quit", seen)
    qtbot.keyClick(focused() or window, Qt.Key.Key_Q, CTRL)
    assert len(seen) == 2 and not window.isVisible()
    app.close_file()


def test_switching_file_during_a_run_does_not_ask(qapp, qtbot, db_path, tmp_path):
    app = start_app(qapp, qtbot, db_path)
    main_window(app).show_section("run")
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert app.open_file(tmp_path / "other.sqlite")  # would block on a question if it asked
    app.close_file()
