"""Re-reading a model only when its views are not in the middle of an edit.

A cell's edit is saved from inside the delegate's commit; the feed then asks every view to
re-read. Resetting the model there would delete the editor the delegate is still closing
(a crash), so the reset waits for the event loop to finish the edit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView


class IdleReload(QObject):
    """Calls ``reload`` now, or as soon as none of ``views`` is editing.

    Owns its timer (``QTimer.singleShot`` with a Python callable corrupted reference counts
    when called from inside a delegate's commit here).
    """

    def __init__(self, views: Sequence[QAbstractItemView], reload: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._views = list(views)
        self._reload = reload
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.request)

    def request(self) -> None:
        if any(view.state() == QAbstractItemView.State.EditingState for view in self._views):
            self._timer.start()
        else:
            self._reload()
