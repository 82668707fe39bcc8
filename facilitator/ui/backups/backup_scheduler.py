"""Takes a backup when a workshop file is opened and every few minutes while it stays open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from facilitator.services.backups import BackupInfo, BackupReason, BackupService
from facilitator.storage.errors import StoreError

DEFAULT_INTERVAL_MINUTES = 5
Job = Callable[[], BackupInfo | None]


class _Relay(QObject):
    """Lives in the GUI thread, so results emitted from the worker arrive there (queued)."""

    finished = Signal(object)
    failed = Signal(object)


class _BackupRunnable(QRunnable):
    def __init__(self, job: Job, relay: _Relay) -> None:
        super().__init__()
        self._job = job
        self._relay = relay

    def run(self) -> None:
        try:
            info = self._job()
        except Exception as error:  # noqa: BLE001 — any failure, even a bug, must reach the user
            self._relay.failed.emit(error)
            return
        self._relay.finished.emit(info)


class BackupScheduler(QObject):
    """Runs the backup service on a QTimer, off the GUI thread.

    Copying and verifying a large file takes a noticeable fraction of a second; on the GUI thread
    that would freeze the projector's countdown every few minutes. One backup runs at a time; a
    tick that finds one still running is skipped. A periodic backup is also skipped when nothing
    changed. A failure must not interrupt a live session with a dialog: it is reported through
    ``failed`` (the main window shows it in the status bar) once, not at every tick, and retried
    at every tick; the first backup that works again is reported through ``recovered``. Any
    exception counts as a failure: a file name that would not encode once made the scheduler
    stop for good without a word.

    Signals:
        taken(object): a :class:`BackupInfo` was written and verified.
        failed(str): a backup could not be written; the message is for the user.
        recovered(str): backups are written again after a failure; the message is for the user.
    """

    taken = Signal(object)
    failed = Signal(str)
    recovered = Signal(str)

    def __init__(self, service: BackupService, workshop: Path, interval_minutes: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._workshop = workshop
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, interval_minutes) * 60_000)
        self._timer.timeout.connect(self.back_up_if_changed)
        self._failure_shown: str | None = None
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.timeout.connect(self.back_up_on_open)

    def start(self, first_after_ms: int = 0) -> None:
        """Back up (in the background) once ``first_after_ms`` have passed, then periodically.

        The delay lets the app fill its first screen before the copy and its integrity check
        compete with it for the disk and the processor.
        """
        self._first.start(first_after_ms)
        self._timer.start()

    def resume(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        """No more backups; waits for one in progress (before the file is closed or replaced)."""
        self._first.stop()
        self._timer.stop()
        self._pool.waitForDone()

    def wait_until_idle(self) -> None:
        """Wait for the backup in progress, if any (the timer keeps running)."""
        self._pool.waitForDone()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def back_up_on_open(self) -> None:
        self._submit(lambda: self._service.back_up(self._workshop, BackupReason.OPENED))

    def back_up_if_changed(self) -> None:
        self._submit(lambda: self._service.back_up_if_changed(self._workshop))

    def _submit(self, job: Job) -> None:
        if self._pool.activeThreadCount() == 0:
            self._pool.start(_BackupRunnable(job, self._relay))

    def _on_finished(self, info: BackupInfo | None) -> None:
        if info is None:
            return
        if self._failure_shown is not None:
            self._failure_shown = None
            self.recovered.emit(self.tr("Backups are written again: {name}").format(name=info.name))
        self.taken.emit(info)

    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, StoreError):
            message = error.message()
        else:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            message = self.tr("The backup could not be written: {reason}").format(reason=reason or type(error).__name__)
        if message != self._failure_shown:  # said once; the next ticks try again quietly
            self._failure_shown = message
            self.failed.emit(message)
