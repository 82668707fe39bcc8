"""Participants: a table with a cluster chooser, add/remove and paste from a spreadsheet."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QComboBox, QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from facilitator.services.setup import SetupService
from facilitator.ui.change_feed import ChangeFeed, perform
from facilitator.ui.setup.participant_model import CLUSTER_COLUMN, CLUSTER_ID_ROLE, ParticipantModel
from facilitator.ui.setup.paste_dialog import PasteParticipantsDialog
from facilitator.ui.setup.table_editor import TableEditor


class ClusterDelegate(QStyledItemDelegate):
    """A combo box of the workshop's clusters (and "none") for the cluster column."""

    def __init__(self, model: ParticipantModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(self.tr("(no cluster)"), None)
        for cluster in self._model.clusters():
            combo.addItem(cluster.name, cluster.id)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(CLUSTER_ID_ROLE))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), CLUSTER_ID_ROLE)


class ParticipantEditor(TableEditor[ParticipantModel]):
    """The participant list of one workshop; Insert adds, Delete removes the selected rows."""

    def __init__(self, setup: SetupService, feed: ChangeFeed, parent: QWidget | None = None) -> None:
        super().__init__("participants", lambda widget: ParticipantModel(setup, feed, widget), parent)
        self._setup = setup
        self._feed = feed
        self.table.setItemDelegateForColumn(CLUSTER_COLUMN, ClusterDelegate(self.model, self.table))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button(self.tr("Add participant"), self.add_participant, "Ins")
        self.add_button(self.tr("Paste list…"), self.paste_list)
        self.add_button(self.tr("Remove"), self.remove_selected, "Del")

    def add_participant(self) -> None:
        self.add_row(self._setup.add_participant)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        for person in [self.model.participant(row) for row in rows]:
            perform(self, self._feed, self._setup.remove_participant, person.id)

    def paste_list(self) -> None:
        workshop_id = self.model.workshop_id
        if workshop_id is not None:
            PasteParticipantsDialog(self._setup, self._feed, workshop_id, self).exec()
