"""Start-up of the window app: the window first, then the workshop file.

The window (navigation, the last workshop's title, "opening…") is painted before the database
stack is even imported; right after that first paint :class:`Opening` imports ``facilitator.app``,
opens the store and fills the sections in one step, so input given meanwhile waits in the window
system's queue and reaches the finished window. This module imports only Qt and light modules.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from facilitator.assets import app_icon
from facilitator.fonts import ensure_fonts
from facilitator.i18n import apply_language, preferred_language
from facilitator.plain_import import python_import
from facilitator.recent import remembered_title
from facilitator.storage.locations import default_database
from facilitator.ui.main_window import MainWindow
from facilitator.ui.room_memory import restore_geometry

# Set by the benchmark and the smoke tests: print "shown SECONDS" at the first paint and
# "ready SECONDS" once the sections are filled (seconds since start-up began), then quit.
REPORT_ENV = "FACILITATOR_REPORT_SHOWN"
EXIT_NO_FILE = 2
EXIT_FAULT = 3


class Opening:
    """Opens the workshop file into the already shown ``window`` after its first paint."""

    def __init__(self, qt_app: QApplication, settings: QSettings, language: str, window: MainWindow,
                 path: Path) -> None:
        self.qt_app = qt_app
        self.settings = settings
        self.language = language
        self.window = window
        self.path = path
        self.app = None  # the FacilitatorApp, once facilitator.app is imported
        window.opening.first_painted.connect(self.open)

    def open(self) -> None:
        """Open the file into the window; a fault in the program is said, not left at "opening…"."""
        try:
            self._open()
        except Exception as error:  # noqa: BLE001  (the last place that can tell the user)
            traceback.print_exc()
            QMessageBox.critical(
                self.window, QApplication.translate("app", "Facilitator could not start"),
                QApplication.translate("app", "An error in Facilitator itself stopped the opening:\n\n{error}")
                .format(error=f"{type(error).__name__}: {error}"))
            self.qt_app.exit(EXIT_FAULT)

    def _open(self) -> None:
        """Import the database stack, open the file (asking for another while it is refused)."""
        with python_import():
            from facilitator.app import FacilitatorApp

        self.app = app = FacilitatorApp(self.qt_app, self.settings, self.language, self.window)
        path = self.path
        while not app.open_file(path):  # it has told the user why
            chosen = _ask_for_another_file()
            if chosen is None:
                self.qt_app.exit(EXIT_NO_FILE)
                return
            path = chosen

    def close(self) -> None:
        if self.app is not None:
            self.app.close_file()


def _ask_for_another_file() -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        None, QApplication.translate("app", "Choose another workshop file"), str(default_database()),
        QApplication.translate("app", "Workshop files (*.sqlite *.db);;All files (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return Path(path) if path else None


class ProgressReport:
    """For the benchmark: seconds to the first paint and to the filled sections, then quit."""

    def __init__(self, started: float, window: MainWindow) -> None:
        self.started = started
        self.window = window

    def shown(self) -> None:
        print(f"shown {time.perf_counter() - self.started:.4f}", flush=True)

    def ready_soon(self) -> None:
        QTimer.singleShot(0, self.ready)  # once the filled window has been painted

    def ready(self) -> None:
        if not self.window.is_ready():  # the file was refused and a dialog is asking for another
            return
        print(f"ready {time.perf_counter() - self.started:.4f}", flush=True)
        QApplication.quit()


def run_gui(db: Path | None, language_override: str | None) -> int:
    started = time.perf_counter()
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_app.setApplicationName("Facilitator")
    qt_app.setOrganizationName("Facilitator")
    qt_app.setDesktopFileName("facilitator")  # Wayland/X11 find the desktop entry and its icon
    qt_app.setWindowIcon(app_icon())
    ensure_fonts()
    settings = QSettings("Facilitator", "Facilitator")
    language = language_override or preferred_language(settings)
    translators = apply_language(qt_app, language)  # noqa: F841  (kept alive for the app's life)
    path = db if db is not None else default_database()
    window = MainWindow(language, remembered_title(settings, path))
    restore_geometry(settings, window)  # as it was when the app last ended, before the first paint
    assert window.opening is not None
    report = ProgressReport(started, window) if os.environ.get(REPORT_ENV) else None
    if report is not None:
        window.opening.first_painted.connect(report.shown)
    opening = Opening(qt_app, settings, language, window, path)  # after "shown", before "ready"
    if report is not None:
        window.opening.first_painted.connect(report.ready_soon)
    window.show()
    code = qt_app.exec()
    opening.close()
    return code
