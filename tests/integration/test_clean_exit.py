"""The process ends with exit code 0: no segfault after the last test or the last window.

Found in partial runs: ``pytest tests/ui/agenda/test_agenda_view.py`` passed every test and then
died with SIGSEGV (exit code 139) as the interpreter ended. Its Word-paste test had left a
QMimeData made in Python on the clipboard; the offscreen platform keeps that in a C++ static that
is destroyed after Python has finalised, and the wrapper's destructor called into the dead
interpreter. The suite as a whole hid it (a later test replaced the clipboard's text). The app
itself never puts Python-made data on the clipboard; it is checked here the way a user quits it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

ROOT = Path(__file__).resolve().parents[2]


def _environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    return env


def _assert_ended_cleanly(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode not in (-signal.SIGSEGV, 128 + signal.SIGSEGV), "segfault at exit:\n" + done.stderr
    assert "Segmentation fault" not in done.stderr and "Fatal Python error" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_paste_test_leaves_rich_data_on_the_clipboard() -> None:
    """What the Word-paste tests do; run alone below, as the last test of a process."""
    mime = QMimeData()
    mime.setHtml("<table><tr><td>09.00</td><td>Velkomst</td></tr></table>")
    mime.setText("09.00\tVelkomst\n")
    QGuiApplication.clipboard().setMimeData(mime)
    assert QGuiApplication.clipboard().mimeData().hasHtml()


def test_a_partial_run_ending_with_a_paste_test_exits_cleanly(tmp_path: Path) -> None:
    node = f"{Path(__file__).relative_to(ROOT)}::test_a_paste_test_leaves_rich_data_on_the_clipboard"
    done = subprocess.run([sys.executable, "-X", "faulthandler", "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           node], capture_output=True, text=True, cwd=ROOT, env=_environment(tmp_path),
                          timeout=120)
    assert "1 passed" in done.stdout, done.stdout + done.stderr
    _assert_ended_cleanly(done)


QUIT_WITH_CTRL_Q = """
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from facilitator.startup import run_gui
from facilitator.ui.main_window import MainWindow


def quit_when_ready():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows or not windows[0].is_ready():
        QTimer.singleShot(100, quit_when_ready)
        return
    print("ready", flush=True)
    target = QApplication.focusWidget() or windows[0]
    QTest.keyClick(target, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


qt_app = QApplication(sys.argv[:1])
QTimer.singleShot(0, quit_when_ready)
sys.exit(run_gui(__import__("pathlib").Path(sys.argv[1]), "da"))
"""


def test_the_app_started_and_quit_with_ctrl_q_exits_cleanly(tmp_path: Path) -> None:
    """The whole start-up (window, file, sections, backups, change feed) and a user's Ctrl+Q."""
    done = subprocess.run([sys.executable, "-X", "faulthandler", "-c", QUIT_WITH_CTRL_Q,
                           str(tmp_path / "workshop.sqlite")], capture_output=True, text=True, cwd=ROOT,
                          env=_environment(tmp_path), timeout=120)
    assert "ready" in done.stdout, done.stdout + done.stderr
    _assert_ended_cleanly(done)
