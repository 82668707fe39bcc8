"""Table model of a workshop's participants, read from and written through the set-up service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from facilitator.services.changes import Changes
from facilitator.services.setup import PARTICIPANT_FIELDS, ClusterView, ParticipantView, SetupService
from facilitator.ui.change_feed import ChangeFeed, perform
from facilitator.ui.workshop_table_model import Index, WorkshopTableModel

CLUSTER_COLUMN = len(PARTICIPANT_FIELDS)
CLUSTER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ParticipantModel(WorkshopTableModel):
    """Rows are participants; text columns edit in place, the cluster column holds an id."""

    column_count = CLUSTER_COLUMN + 1

    def __init__(self, setup: SetupService, feed: ChangeFeed, parent_widget: QWidget) -> None:
        super().__init__(feed, parent_widget)
        self._setup = setup
        self._clusters: dict[int, ClusterView] = {}

    def read(self, workshop_id: int) -> list[ParticipantView]:
        self._clusters = {c.id: c for c in self._setup.clusters(workshop_id)}
        return self._setup.participants(workshop_id)

    def concerns(self, changes: Changes) -> bool:
        return changes.participants or changes.clusters

    def clusters(self) -> list[ClusterView]:
        return sorted(self._clusters.values(), key=lambda cluster: cluster.position)

    def participant(self, row: int) -> ParticipantView:
        return self.rows[row]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Organisation"), self.tr("Role"), self.tr("E-mail"),
                    self.tr("Cluster"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        person = self.participant(index.row())
        if index.column() < CLUSTER_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return getattr(person, PARTICIPANT_FIELDS[index.column()])
            return None
        if role == CLUSTER_ID_ROLE:
            return person.cluster_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            cluster = self._clusters.get(person.cluster_id) if person.cluster_id else None
            return cluster.name if cluster else ""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        person = self.participant(index.row())
        if index.column() < CLUSTER_COLUMN and role == Qt.ItemDataRole.EditRole:
            return perform(self.widget, self.feed, self._setup.set_participant_field, person.id,
                           PARTICIPANT_FIELDS[index.column()], str(value))
        if index.column() == CLUSTER_COLUMN and role == CLUSTER_ID_ROLE:
            return perform(self.widget, self.feed, self._setup.set_participant_cluster, person.id, value)
        return False
