"""Saving what is typed into a field shortly after typing stops, and at the latest on leaving it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

COMMIT_DELAY_MS = 400


class DebouncedCommit(QObject):
    """Calls ``commit`` once typing pauses, so no keystroke lives only in a widget for long.

    ``touch()`` is connected to the field's edit signal; ``flush()`` to its editing-finished
    signal (and called before the view switches workshop), committing at once if anything is
    pending.
    """

    def __init__(self, commit: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self._timer = QTimer(self, singleShot=True, interval=COMMIT_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._pending = False

    def touch(self) -> None:
        self._pending = True
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self._pending:
            self._pending = False
            self._commit()
