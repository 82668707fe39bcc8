"""Re-reading a model after the current event, not inside it.

A model that resets inside its own ``setData`` (service call → ChangeFeed → reload) destroys the
item editor that is still committing, and Qt warns "commitData called with an editor that does not
belong to this view". Deferring the reload to the event loop, and folding several requests into
one, avoids that and saves work when one action changes several things.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class ReloadLater(QObject):
    """Calls ``reload`` once, on the next turn of the event loop, however often requested."""

    def __init__(self, reload: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(reload)

    def request(self) -> None:
        self._timer.start()

    def cancel(self) -> None:
        """Drop the pending call: a reload made now has read everything it would read."""
        self._timer.stop()
