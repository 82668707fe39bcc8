"""The common shape of table models that show one workshop's rows read through a service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QWidget

from facilitator.services.changes import Changes
from facilitator.ui.change_feed import ChangeFeed
from facilitator.ui.reload_later import ReloadLater
from facilitator.ui.row_refresh import refresh_rows

Index = QModelIndex | QPersistentModelIndex


class WorkshopTableModel(QAbstractTableModel):
    """Holds the rows of the current workshop and re-reads them when relevant data changed.

    Subclasses say which rows they show (:meth:`read`), how many columns they have and which
    :class:`Changes` flags concern them (:meth:`concerns`). Writes go through ``self.feed``;
    failures are shown over ``self.widget``.
    """

    column_count = 1

    def __init__(self, feed: ChangeFeed, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.feed = feed
        self.widget = parent_widget
        self.workshop_id: int | None = None
        self.rows: list[Any] = []
        self._reload_later = ReloadLater(self.reload, self)
        feed.changed.connect(self._on_changed)

    def read(self, workshop_id: int) -> list[Any]:
        raise NotImplementedError

    def concerns(self, changes: Changes) -> bool:
        raise NotImplementedError

    def show_workshop(self, workshop_id: int) -> None:
        self.workshop_id = workshop_id
        self.reload()

    def reload(self) -> None:
        """Re-read now; when the rows are the same ones, only their cells change.

        Keeping the rows (rather than resetting) lets the cell editor that Tab opened survive
        the re-read that follows the previous cell's commit: a reset would close it and drop
        what is being typed there. A queued re-read is dropped, or it would close the editor
        opened after this one.
        """
        self._reload_later.cancel()
        fresh = [] if self.workshop_id is None else self.read(self.workshop_id)

        def replace() -> None:
            self.rows = fresh

        refresh_rows(self, [row.id for row in fresh] == [row.id for row in self.rows], replace)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.column_count

    def _on_changed(self, changes: Changes) -> None:
        if changes.in_workshop(self.workshop_id) and self.concerns(changes):
            self._reload_later.request()
