"""The real main window over the bundled demo workshop, active and ready for keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from facilitator.app import FacilitatorApp
from facilitator.ui.capture.capture_view import CaptureView
from facilitator.ui.main_window import MainWindow
from facilitator.ui.run.console import RunConsole


def start_app(qapp: QApplication, qtbot: QtBot, path: Path, language: str = "en") -> FacilitatorApp:
    """Open ``path`` (the demo on a new file) and wait until its window is the active one."""
    app = FacilitatorApp(qapp, QSettings(), language)
    assert app.open_file(path)
    window = main_window(app)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return app


def main_window(app: FacilitatorApp) -> MainWindow:
    assert app.window is not None
    return app.window


def console_of(app: FacilitatorApp) -> RunConsole:
    console = main_window(app).findChild(RunConsole)
    assert console is not None
    return console


def capture_of(app: FacilitatorApp) -> CaptureView:
    capture = main_window(app).findChild(CaptureView)
    assert capture is not None
    return capture


def navigation(app: FacilitatorApp) -> QListWidget:
    found = main_window(app).findChild(QListWidget, "navigation")
    assert found is not None
    return found


def focused() -> object:
    return QApplication.focusWidget()
