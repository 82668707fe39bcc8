"""Takes a backup when a workshop file is opened and every few minutes while it stays open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from facilitator.services.backups import BackupInfo, BackupReason, BackupService
from facilitator.storage.errors import StoreError

DEFAULT_INTERVAL_MINUTES = 5


class BackupScheduler(QObject):
    """Runs the backup service on a QTimer; a periodic backup is skipped when nothing changed.

    A failed backup must not interrupt a live session with a dialog: it is reported through
    ``failed`` (the main window shows it in the status bar) and retried at the next tick.

    Signals:
        taken(object): a :class:`BackupInfo` was written and verified.
        failed(str): a backup could not be written; the message is for the user.
    """

    taken = Signal(object)
    failed = Signal(str)

    def __init__(self, service: BackupService, workshop: Path, interval_minutes: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._workshop = workshop
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, interval_minutes) * 60_000)
        self._timer.timeout.connect(self.back_up_if_changed)

    def start(self) -> None:
        """Back up once the event loop runs (after the window is shown), then periodically."""
        QTimer.singleShot(0, self, self.back_up_on_open)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def back_up_on_open(self) -> None:
        self._run(lambda: self._service.back_up(self._workshop, BackupReason.OPENED))

    def back_up_if_changed(self) -> None:
        self._run(lambda: self._service.back_up_if_changed(self._workshop))

    def _run(self, action: Callable[[], BackupInfo | None]) -> None:
        try:
            info = action()
        except StoreError as error:
            self.failed.emit(error.message())
            return
        except OSError as error:
            self.failed.emit(self.tr("The backup could not be written: {reason}").format(
                reason=error.strerror or str(error)))
            return
        if info is not None:
            self.taken.emit(info)
