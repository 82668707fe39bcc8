"""The capture screen follows the running item, without pulling a half-typed line away.

Switching item stores every half-typed line in the item it was typed for (that is how the
capture pages handle a switch). When the run moves on while someone is typing on the capture
screen, the line still belongs to the item being discussed, and moving it away under the
typist's fingers would be a surprise: so the switch waits until the line is stored with Enter
or emptied, and a notice says so. When the capture screen is not shown its lines were already
stored on hiding, and the switch happens at once.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

RETRY_MS = 300


class FollowingView(Protocol):
    """What the follower needs of the capture view."""

    def isVisible(self) -> bool: ...  # noqa: N802 (Qt's name)

    def typing(self) -> bool: ...

    def item_id(self) -> int | None: ...

    def item_title(self, item_id: int) -> str | None: ...

    def set_item(self, item_id: int) -> None: ...


class RunFollower(QObject):
    """Moves the capture view to the running item once nobody is mid-line.

    Attributes:
        notice: a label for the capture view's layout, shown while a switch waits.
        run_item: the item the run is on (None before the run reported one).
    """

    def __init__(self, view: FollowingView, parent: QWidget) -> None:
        super().__init__(parent)
        self._view = view
        self.run_item: int | None = None
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background: #fff4d6; color: #5a4300; padding: 4px;")
        self.notice.hide()
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._try)

    def follow(self, item_id: int) -> None:
        """The run is now on ``item_id`` (``RunConsole.current_item_changed``)."""
        self.run_item = item_id
        self._try()

    def cancel(self) -> None:
        """The user chose an item by hand: a waiting switch must not override that choice."""
        self._stop()

    def waiting(self) -> bool:
        return self._retry.isActive()

    def _try(self) -> None:
        target = self.run_item
        if target is None or target == self._view.item_id() or self._view.item_title(target) is None:
            self._stop()
            return
        if self._view.isVisible() and self._view.typing():
            title = self._view.item_title(target) or ""
            self.notice.setText(self.tr(
                "The run has moved on to \u201c{title}\u201d. This screen follows when the line you "
                "are typing is stored (Enter) or emptied, or when you leave the minutes text."
            ).format(title=title))
            self.notice.show()
            self._retry.start()
            return
        self._stop()
        self._view.set_item(target)

    def _stop(self) -> None:
        self._retry.stop()
        self.notice.hide()
