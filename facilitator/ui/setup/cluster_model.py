"""Table model of a workshop's clusters, read from and written through the set-up service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from facilitator.services.changes import Changes
from facilitator.services.setup import ClusterView, SetupService
from facilitator.ui.change_feed import ChangeFeed, perform
from facilitator.ui.workshop_table_model import Index, WorkshopTableModel

NAME, MEMBERS, COLOUR = range(3)


class ClusterModel(WorkshopTableModel):
    """Rows are clusters in their order; name and members edit in place."""

    column_count = 3

    def __init__(self, setup: SetupService, feed: ChangeFeed, parent_widget: QWidget) -> None:
        super().__init__(feed, parent_widget)
        self._setup = setup

    def read(self, workshop_id: int) -> list[ClusterView]:
        return self._setup.clusters(workshop_id)

    def concerns(self, changes: Changes) -> bool:
        return changes.clusters

    def cluster(self, row: int) -> ClusterView:
        return self.rows[row]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Cluster"), self.tr("Member organisations"), self.tr("Colour"))[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cluster = self.cluster(index.row())
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == NAME:
                return cluster.name
            if column == MEMBERS:
                return ", ".join(cluster.members)
            return cluster.colour
        if role == Qt.ItemDataRole.DecorationRole and column in (NAME, COLOUR):
            return QColor(cluster.colour)
        if role == Qt.ItemDataRole.ToolTipRole and column == MEMBERS:
            return self.tr("Separate organisations with commas")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (NAME, MEMBERS):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole:
            return False
        cluster = self.cluster(index.row())
        if index.column() == NAME:
            return perform(self.widget, self.feed, self._setup.rename_cluster, cluster.id, str(value))
        if index.column() == MEMBERS:
            return perform(self.widget, self.feed, self._setup.set_cluster_members, cluster.id, str(value))
        return False
