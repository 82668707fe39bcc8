"""The real app, started as ``python -m facilitator`` would, driven from inside for the restart tests.

Usage: python -m tests.integration.room_driver DB MODE
  run     start the first item, open the projector (F5), maximise the window, print "armed",
          then keep running until killed
  move    put the window at 100,80 1000x700 on the Capture section, print "armed", then quit
          with Ctrl+Q
  report  print what the room looks like once the workshop is shown, as JSON, then quit
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from facilitator.startup import run_gui
from facilitator.ui.main_window import MainWindow
from facilitator.ui.run.console import RunConsole

SETTLE_MS = 800  # longer than the window memory's debounce: what changed is on disk


def main_window() -> MainWindow | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)


def when_ready(act) -> None:  # noqa: ANN001
    window = main_window()
    if window is None or not window.is_ready():
        QTimer.singleShot(50, lambda: when_ready(act))
        return
    QTimer.singleShot(SETTLE_MS, lambda: act(window))


def run(window: MainWindow) -> None:
    console = window.findChild(RunConsole)
    window.show_section("run")
    QTest.keyClick(console.table, Qt.Key.Key_Space)
    QTest.keyClick(console.table, Qt.Key.Key_F5)
    window.showMaximized()
    QTimer.singleShot(SETTLE_MS, lambda: print("armed", flush=True))


def move(window: MainWindow) -> None:
    window.showNormal()
    window.setGeometry(100, 80, 1000, 700)
    window.show_section("capture")

    def quit_() -> None:
        print("armed", flush=True)
        QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(SETTLE_MS, quit_)


def report(window: MainWindow) -> None:
    console = window.findChild(RunConsole)
    projector = console.projector
    geometry = window.geometry()
    print(json.dumps({
        "section": window.current_section(),
        "maximized": window.isMaximized(),
        "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
        "window_screen": window.screen().name(),
        "projector": projector is not None and projector.isVisible(),
        "projector_screen": projector.screen().name() if projector is not None else None,
        "projector_fullscreen": projector is not None and projector.isFullScreen(),
        "running": console.state.current().timer.view().status.value,
        "active": QApplication.activeWindow() is window,
    }), flush=True)
    QApplication.exit(0)  # quit() would close the window, which asks first during a run


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    when_ready({"run": run, "move": move, "report": report}[sys.argv[2]])
    sys.exit(run_gui(Path(sys.argv[1]), "en"))
