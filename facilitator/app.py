"""Start-up of the window app: QApplication, translators, the workshop file, the main window.

Nothing here is global: this module builds the store, the services and the windows and passes
them in (design.md). Switching to another workshop file rebuilds all three.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from facilitator.i18n import apply_language, preferred_language, set_preferred_language
from facilitator.services.backups import DEFAULT_KEEP, BackupService
from facilitator.services.bundle import Services
from facilitator.services.templates import available_templates
from facilitator.storage.database import open_store
from facilitator.storage.errors import StoreError
from facilitator.storage.locations import backup_folder, default_database
from facilitator.ui.agenda.agenda_view import SECTION_TITLE as AGENDA_TITLE
from facilitator.ui.agenda.agenda_view import AgendaView
from facilitator.ui.backups.backup_scheduler import DEFAULT_INTERVAL_MINUTES, BackupScheduler
from facilitator.ui.changes_bus import ChangesBus, show_store_error
from facilitator.ui.capture.capture_view import CaptureView
from facilitator.ui.main_window import MainWindow
from facilitator.ui.minutes.minutes_view import MinutesView
from facilitator.ui.run.console import RunConsole, section_title as run_section_title
from facilitator.ui.run.projector_board import BoardSources
from facilitator.ui.section import Section
from facilitator.ui.setup.setup_view import SetupView
from facilitator.ui.workshop_picker import WorkshopPicker

# Set by the benchmark: print seconds since process start once the window is shown, then quit.
REPORT_SHOWN_ENV = "FACILITATOR_REPORT_SHOWN"
_RECENT_FILES = "files/recent"
_BACKUP_MINUTES = "backup/interval_minutes"
_BACKUP_KEEP = "backup/keep"


def build_sections(services: Services, bus: ChangesBus, settings: QSettings) -> list[Section]:
    """The main window's sections in navigation order."""
    boards = BoardSources(services.capture, services.voting, services.aco, bus)
    run = RunConsole(services.run, bus, settings, boards=boards)
    capture = CaptureView(services, bus)
    # The capture screen follows the run; the projector shows the proposal chosen on it.
    run.current_item_changed.connect(capture.follow_run)
    capture.aco.current_proposal_changed.connect(run.show_proposal)
    return [
        Section("setup", QApplication.translate("sections", "Set-up"), SetupView(services.workshops, services.setup, bus)),
        Section("plan", QApplication.translate("sections", AGENDA_TITLE), AgendaView(services, bus)),
        Section("run", run_section_title(), run),
        Section("capture", QApplication.translate("sections", "Capture"), capture),
        Section("minutes", QApplication.translate("sections", "Minutes"),
                MinutesView(services.store, services.workshops, bus)),
    ]


class FacilitatorApp:
    """Owns the open workshop file and the main window built over it."""

    def __init__(self, qt_app: QApplication, settings: QSettings, language: str) -> None:
        self.qt_app = qt_app
        self.settings = settings
        self.language = language
        self.services: Services | None = None
        self.window: MainWindow | None = None
        self.backups = BackupService(backup_folder(), int(settings.value(_BACKUP_KEEP, DEFAULT_KEEP)))
        self.backup_scheduler: BackupScheduler | None = None

    def open_file(self, path: Path) -> bool:
        """Open ``path`` and show its most recent workshop (the demo when it has none)."""
        try:
            store = open_store(path)
        except StoreError as error:
            show_store_error(self.window, error)
            return False
        self.close_file()
        self.services = Services.over(store)
        self._remember_file(store.path)
        bus = ChangesBus()
        sections = build_sections(self.services, bus, self.settings)
        window = MainWindow(self.services.workshops, bus, sections,
                            self.language)
        window.open_workshops_requested.connect(lambda: self.show_picker(bus))
        window.language_chosen.connect(lambda code: set_preferred_language(self.settings, code))
        window.restore_backup_requested.connect(self.show_restore)
        self.window = window
        self._start_backups(store.path, window)
        workshops = self.services.workshops.list()
        if workshops:
            workshop_id = workshops[0].id
        else:
            workshop_id, _ = self.services.templates.create_demo()
        self.show_workshop(workshop_id)
        window.show()
        return True

    def close_file(self) -> None:
        if self.backup_scheduler is not None:
            self.backup_scheduler.stop()
            self.backup_scheduler = None
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.services is not None:
            self.services.store.close()
            self.services = None

    def show_workshop(self, workshop_id: int) -> None:
        assert self.services is not None and self.window is not None
        try:
            self.services.workshops.mark_opened(workshop_id)
        except StoreError as error:
            show_store_error(self.window, error)
        self.window.show_workshop(workshop_id)

    def show_picker(self, bus: ChangesBus) -> None:
        assert self.services is not None and self.window is not None
        picker = WorkshopPicker(self.services.workshops, self.services.templates, available_templates(),
                                bus, self.language, self.window.workshop_id, self.window)
        picker.workshop_chosen.connect(self.show_workshop)
        picker.file_chosen.connect(self.open_file)
        picker.exec()

    def _start_backups(self, path: Path, window: MainWindow) -> None:
        minutes = int(self.settings.value(_BACKUP_MINUTES, DEFAULT_INTERVAL_MINUTES))
        self.backup_scheduler = BackupScheduler(self.backups, path, minutes, window)
        self.backup_scheduler.failed.connect(window.statusBar().showMessage)
        self.backup_scheduler.start()

    def show_restore(self) -> None:
        """The restore dialog; after a restore the file is reopened to show what it now holds."""
        assert self.services is not None and self.window is not None
        scheduler = self.backup_scheduler
        if scheduler is not None:
            scheduler.stop()  # no backup may read the file while it is replaced
        from facilitator.ui.backups.restore_dialog import RestoreDialog  # rarely used: not at start-up

        dialog = RestoreDialog(self.backups, self.services.store, self.window)
        if dialog.exec() == RestoreDialog.DialogCode.Accepted:
            self.reopen()
        elif scheduler is not None:
            scheduler.resume()

    def reopen(self) -> None:
        assert self.services is not None
        path = self.services.store.path
        quit_when_closed = self.qt_app.quitOnLastWindowClosed()
        self.qt_app.setQuitOnLastWindowClosed(False)  # the old window closes before the new opens
        try:
            self.close_file()
            self.open_file(path)
        finally:
            self.qt_app.setQuitOnLastWindowClosed(quit_when_closed)

    def _remember_file(self, path: Path) -> None:
        recent = [str(path)] + [p for p in self.settings.value(_RECENT_FILES, [], list) if p != str(path)]
        self.settings.setValue(_RECENT_FILES, recent[:10])


def _ask_for_another_file() -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        None, QApplication.translate("app", "Choose another workshop file"), str(default_database()),
        QApplication.translate("app", "Workshop files (*.sqlite *.db);;All files (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return Path(path) if path else None


def _report_when_shown(started: float) -> None:
    """For the start-up benchmark: wall seconds until the event loop has shown the window."""
    def report() -> None:
        print(f"shown {time.perf_counter() - started:.4f}", flush=True)
        QApplication.quit()

    QTimer.singleShot(0, report)


def run_gui(db: Path | None, language_override: str | None) -> int:
    started = time.perf_counter()
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_app.setApplicationName("Facilitator")
    qt_app.setOrganizationName("Facilitator")
    settings = QSettings("Facilitator", "Facilitator")
    language = language_override or preferred_language(settings)
    translators = apply_language(qt_app, language)  # noqa: F841  (kept alive for the app's life)
    app = FacilitatorApp(qt_app, settings, language)
    path = db if db is not None else default_database()
    while not app.open_file(path):  # it has told the user why
        chosen = _ask_for_another_file()
        if chosen is None:
            return 2
        path = chosen
    if os.environ.get(REPORT_SHOWN_ENV):
        _report_when_shown(started)
    code = qt_app.exec()
    app.close_file()
    return code
