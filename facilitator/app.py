"""The open workshop file behind the window: the store, the services and the sections.

Nothing here is global: this module builds the store, the services and the sections and passes
the services in (design.md); the UI never holds the Store. Start-up (``facilitator.startup``)
imports this module only after the window's first paint, because it brings in the database
stack. Switching to another workshop file rebuilds the window over new services.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from facilitator.i18n import set_preferred_language
from facilitator.recent import recent_servers, remember_file, remember_title
from facilitator.services.backups import DEFAULT_KEEP, BackupService
from facilitator.services.bundle import Services
from facilitator.services.templates import available_templates
from facilitator.storage.database import open_store
from facilitator.storage.errors import PasswordNeeded, StoreError
from facilitator.storage.store import Store
from facilitator.storage.urls import is_server_url, with_password, without_password
from facilitator.storage.locations import backup_folder
from facilitator.ui.agenda.agenda_view import AgendaView
from facilitator.ui.backups.backup_scheduler import DEFAULT_INTERVAL_MINUTES, BackupScheduler
from facilitator.ui.backups.backup_status import show_backup_status
from facilitator.ui.change_feed import POLL_MS, SERVER_POLL_MS, ChangeFeed, show_store_error
from facilitator.ui.capture.capture_view import CaptureView
from facilitator.ui.main_window import MainWindow
from facilitator.ui.minutes.minutes_view import MinutesView
from facilitator.ui.open_store_dialogs import ask_password, open_store_asking, show_busy_in
from facilitator.ui.run.console import RunConsole
from facilitator.ui.run.projector_board import BoardSources
from facilitator.ui.room_memory import RoomMemory, restore_geometry
from facilitator.ui.scribes.host import ScribeHost
from facilitator.ui.scribes.opener import ScribesOpener
from facilitator.ui.section import Section
from facilitator.ui.setup.setup_view import SetupView
from facilitator.ui.waiting import Cancelled, wait_for
from facilitator.ui.workshop_picker import WorkshopPicker

# The backup taken when a file is opened waits until the window is filled and painted.
BACKUP_AFTER_OPEN_MS = 2000
_BACKUP_MINUTES = "backup/interval_minutes"
_BACKUP_KEEP = "backup/keep"


def build_sections(services: Services, feed: ChangeFeed, settings: QSettings,
                   scribes: ScribeHost | None = None) -> list[Section]:
    """The main window's sections in navigation order."""
    boards = BoardSources(services.capture, services.voting, services.aco, feed)
    run = RunConsole(services.run, feed, settings, boards=boards,
                     join_screen=scribes.join_screen if scribes is not None else None)
    capture = CaptureView(services, feed, run_strip=run.strip)
    # The capture screen follows the run; the projector shows the proposal chosen on it.
    run.current_item_changed.connect(capture.follow_run)
    capture.aco.current_proposal_changed.connect(run.show_proposal)
    if scribes is not None:  # "Table scribes…" from either screen opens the one dialog
        opener = ScribesOpener(scribes, services.workshops, run)
        run.scribes_requested.connect(opener.open)
        capture.scribes_requested.connect(opener.open)
        opener.join_screen_requested.connect(run.toggle_join_screen)
    return [
        Section.of("setup", SetupView(services.workshops, services.setup, feed)),
        Section.of("plan", AgendaView(services, feed)),
        Section.of("run", run, actions=tuple(run.anywhere_actions.values()), may_close=run.may_close),
        Section.of("capture", capture),
        Section.of("minutes", MinutesView(services.reading, services.workshops, feed)),
    ]


class FacilitatorApp:
    """Owns the open workshop file and the main window built over it.

    ``window`` is the window start-up has already shown (navigation and "opening…"); without
    one, :meth:`open_file` makes its own.
    """

    def __init__(self, qt_app: QApplication, settings: QSettings, language: str,
                 window: MainWindow | None = None) -> None:
        self.qt_app = qt_app
        self.settings = settings
        self.language = language
        self.store: Store | None = None  # the composition root owns it; widgets get services
        self.services: Services | None = None
        self.feed: ChangeFeed | None = None
        self.window: MainWindow | None = window
        self.backups = BackupService(backup_folder(), int(settings.value(_BACKUP_KEEP, DEFAULT_KEEP)))
        self.backup_scheduler: BackupScheduler | None = None
        self.room = RoomMemory(settings)  # read now: what the room looked like when the app last ended
        self.scribes: ScribeHost | None = None
        self._passwords: dict[str, str] = {}  # per server, given this session: memory only

    def open_file(self, path: Path | str) -> bool:
        """Open ``path`` (a file or a server's URL) and show its most recent workshop (the demo
        when it has none)."""
        try:
            store = self._connect_to_server(path) if is_server_url(str(path)) else open_store_asking(self.window, path)
        except Cancelled:
            return False
        except StoreError as error:
            show_store_error(self._dialog_parent(), error, QApplication.translate("app", "Not opened"))
            return False
        if store is None:
            return False
        if self.services is not None:  # another file was open: its window goes with it
            self.close_file()
        window = self.window or self._new_window()
        self.window = window
        show_busy_in(window, store)
        self.store = store
        self.services = Services.over(store)
        where = store.path if store.path is not None else store.location
        remember_file(self.settings, where)
        server = store.path is None
        feed = ChangeFeed(self.services.change_log, interval_ms=SERVER_POLL_MS if server else POLL_MS)
        self.feed = feed
        self.scribes = ScribeHost(self.services.scribes, self.services.change_log, feed, self.settings)
        sections = build_sections(self.services, feed, self.settings, self.scribes)
        window.install(self.services.workshops, feed, sections)
        self._connect(window, feed, where)
        if store.path is not None:  # a server is backed up with "facilitator backup" on it
            self._start_backups(store.path, window)
        self.show_workshop(self._first_workshop())
        window.show()
        self._restore_room(window, sections)
        self.send_journal()  # lines kept while the server was away, before a crash or a restart
        return True

    def send_journal(self) -> None:
        """Send the lines typed while the server could not be reached (it answers again)."""
        if self.services is None or self.feed is None or self.window is None or not self.services.offline.waiting():
            return
        try:
            result = self.services.offline.send()
        except StoreError as error:
            self.window.statusBar().showMessage(error.message())
            return
        self.feed.publish(result.changes)
        if result.sent:
            self.window.statusBar().showMessage(QApplication.translate(
                "app", "Lines typed while the server was away are now stored on it: {count}.").format(
                    count=result.sent))

    def _new_window(self) -> MainWindow:
        window = MainWindow(self.language)
        restore_geometry(self.settings, window)
        return window

    def _restore_room(self, window: MainWindow, sections: list[Section]) -> None:
        """A run in progress comes back on the Run section with its projector; remember from now on."""
        console = next(section.widget for section in sections if isinstance(section.widget, RunConsole))
        self.room.watch(window)
        self.room.restore(window, console)
        window.section_shown.connect(self.room.remember_section)
        console.projector_toggled.connect(self.room.remember_projector)

    def _dialog_parent(self) -> QWidget | None:
        """Where a question or a message about opening goes: over the picker, if it is open."""
        return QApplication.activeModalWidget() or self.window

    def _connect_to_server(self, url: str) -> Store | None:
        """The server's store, connected off the GUI thread (an address that does not answer
        waits up to the connect timeout: the window stays alive, Cancel ends the wait).

        A password is asked once and kept in memory only (never written) for this server;
        ``None`` when the user declines to give it. Raises :class:`Cancelled`, :class:`StoreError`.
        """
        where = without_password(url)
        known = self._passwords.get(where)
        try:
            return self._connecting(with_password(url, known) if known is not None else url)
        except PasswordNeeded:
            self._passwords.pop(where, None)
        password = ask_password(self._dialog_parent(), where)
        if password is None:
            return None
        self._passwords[where] = password  # kept if the user cancels the wait: not asked again
        try:
            return self._connecting(with_password(url, password))
        except PasswordNeeded:
            self._passwords.pop(where, None)  # refused: asked again next time
            raise

    def _connecting(self, url: str) -> Store:
        text = QApplication.translate("app", "Connecting to {server}…").format(server=without_password(url))
        keys_to = self.window.opening if self.window is not None else None  # start-up keeps typed keys
        return wait_for(self._dialog_parent(), text, lambda: open_store(url), discard=Store.close, keys_to=keys_to)


    def _connect(self, window: MainWindow, feed: ChangeFeed, path: Path | str) -> None:
        window.open_workshops_requested.connect(lambda: self.show_picker(feed))
        feed.failed.connect(window.show_store_problem)
        feed.recovered.connect(window.hide_store_problem)
        feed.recovered.connect(self.send_journal)
        window.language_chosen.connect(lambda code: set_preferred_language(self.settings, code))
        window.restore_backup_requested.connect(self.show_restore)
        window.title_shown.connect(lambda title: remember_title(self.settings, path, title))

    def _first_workshop(self) -> int:
        """The most recently opened workshop, or a new demo workshop in an empty file."""
        assert self.services is not None
        workshops = self.services.workshops.list()
        if workshops:
            return workshops[0].id
        workshop_id, _ = self.services.templates.create_demo()
        return workshop_id

    def close_file(self) -> None:
        if self.scribes is not None:  # the tables' server ends with the workshop file
            self.scribes.stop()
            self.scribes = None
        if self.backup_scheduler is not None:
            self.backup_scheduler.stop()
            self.backup_scheduler = None
        if self.window is not None:
            self.window.close_quietly()
            self.window.deleteLater()
            self.window = None
        if self.feed is not None:
            self.feed.stop()
            self.feed = None
        self.services = None
        if self.store is not None:
            self.store.close()
            self.store = None

    def show_workshop(self, workshop_id: int) -> None:
        assert self.services is not None and self.window is not None
        if self.scribes is not None:
            self.scribes.workshop_closed(workshop_id)
        try:
            self.services.workshops.mark_opened(workshop_id)
        except StoreError as error:
            show_store_error(self.window, error)
        self.window.show_workshop(workshop_id)
        if self.feed is not None:
            self.feed.watch(workshop_id)

    def show_picker(self, feed: ChangeFeed) -> None:
        assert self.services is not None and self.window is not None
        picker = WorkshopPicker(self.services.workshops, self.services.templates, available_templates(),
                                feed, self.language, self.window.workshop_id, self.window,
                                servers=recent_servers(self.settings), copies=self.services.copies)
        picker.workshop_chosen.connect(self.show_workshop)
        picker.file_chosen.connect(self.open_file)
        picker.server_chosen.connect(lambda url: self.open_file(url) and picker.accept())  # else it stays open
        picker.exec()

    def _start_backups(self, path: Path, window: MainWindow) -> None:
        minutes = int(self.settings.value(_BACKUP_MINUTES, DEFAULT_INTERVAL_MINUTES))
        self.backup_scheduler = BackupScheduler(self.backups, path, minutes, window)
        show_backup_status(self.backup_scheduler, window.statusBar())
        self.backup_scheduler.start(first_after_ms=BACKUP_AFTER_OPEN_MS)

    def show_restore(self) -> None:
        """The restore dialog; after a restore the file is reopened to show what it now holds."""
        assert self.store is not None and self.window is not None
        scheduler = self.backup_scheduler
        if scheduler is not None:
            scheduler.stop()  # no backup may read the file while it is replaced
        from facilitator.ui.backups.restore_dialog import RestoreDialog  # rarely used: not at start-up

        store = self.store
        dialog = RestoreDialog(self.backups, store.path, lambda name: self.backups.restore(name, store),
                               self.window)
        if dialog.exec() == RestoreDialog.DialogCode.Accepted:
            self.reopen()
        elif scheduler is not None:
            scheduler.resume()

    def reopen(self) -> None:
        assert self.store is not None
        path = self.store.path
        quit_when_closed = self.qt_app.quitOnLastWindowClosed()
        self.qt_app.setQuitOnLastWindowClosed(False)  # the old window closes before the new opens
        try:
            self.close_file()
            self.open_file(path)
        finally:
            self.qt_app.setQuitOnLastWindowClosed(quit_when_closed)
