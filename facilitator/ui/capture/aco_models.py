"""Qt models of the accept-criticise-offer page: the proposals and one proposal's grid."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from facilitator.domain.kinds import Stance
from facilitator.services.aco import AcoService, ProposalView, Responder

Index = QModelIndex | QPersistentModelIndex
STANCES = (Stance.ACCEPT, Stance.CRITICISE, Stance.OFFER)


def stance_title(stance: Stance, translate: Callable[[str, str], str] = QCoreApplication.translate) -> str:
    """The stance's column heading (the interface's language unless ``translate`` says otherwise)."""
    titles = {
        Stance.ACCEPT: translate("Aco", "Accept"),
        Stance.CRITICISE: translate("Aco", "Criticise"),
        Stance.OFFER: translate("Aco", "Offer"),
    }
    return titles[stance]


class ProposalModel(QAbstractListModel):
    """The item's proposals, numbered; renamed in place."""

    def __init__(self, aco: AcoService, rename: Callable[[int, str], None]) -> None:
        super().__init__()
        self._aco = aco
        self._rename = rename
        self.proposals: list[ProposalView] = []

    def reload(self, item_id: int | None) -> None:
        self.beginResetModel()
        self.proposals = self._aco.proposals(item_id) if item_id is not None else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.proposals)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        proposal = self.proposals[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {proposal.title}"
        if role == Qt.ItemDataRole.EditRole:
            return proposal.title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        self._rename(self.proposals[index.row()].id, str(value))
        return True


class AcoGridModel(QAbstractTableModel):
    """Responding clusters down, accept / criticise / offer across, their words in the cells."""

    def __init__(self, aco: AcoService, save: Callable[[int, Stance, str], None]) -> None:
        super().__init__()
        self._aco = aco
        self._save = save
        self.proposal_id: int | None = None
        self.responders: list[Responder] = []
        self._texts: dict[tuple[int, Stance], str] = {}

    def show_proposal(self, proposal_id: int | None) -> None:
        self.proposal_id = proposal_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        if self.proposal_id is None:
            self.responders, self._texts = [], {}
        else:
            self.responders = self._aco.responders(self.proposal_id)
            self._texts = self._aco.responses(self.proposal_id)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.responders)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(STANCES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return stance_title(STANCES[section])
        return self.responders[section].name

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        return self._texts.get((self.responders[index.row()].cluster_id, STANCES[index.column()]), "")

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        self._save(self.responders[index.row()].cluster_id, STANCES[index.column()], str(value))
        return True
