"""Participants: a table with a cluster chooser, add/remove and paste from a spreadsheet."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.services.setup import SetupService
from facilitator.ui.change_feed import ChangeFeed, perform, perform_returning
from facilitator.ui.setup.participant_model import CLUSTER_COLUMN, CLUSTER_ID_ROLE, ParticipantModel
from facilitator.ui.setup.paste_dialog import PasteParticipantsDialog


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


class ParticipantEditor(QWidget):
    """The participant list of one workshop."""

    def __init__(self, setup: SetupService, feed: ChangeFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup = setup
        self._feed = feed
        self._workshop_id: int | None = None
        self.model = ParticipantModel(setup, feed, self)
        self.table = QTableView(objectName="participants")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(CLUSTER_COLUMN, ClusterDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add participant"), self.add_participant),
            (self.tr("Paste list…"), self.paste_list),
            (self.tr("Remove"), self.remove_selected),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        QShortcut(QKeySequence("Del"), self.table, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def show_workshop(self, workshop_id: int) -> None:
        self._workshop_id = workshop_id
        self.model.show_workshop(workshop_id)

    def add_participant(self) -> None:
        if self._workshop_id is None:
            return
        if perform_returning(self, self._feed, self._setup.add_participant, self._workshop_id) is None:
            return
        self.model.reload()  # now, not later: the new row is edited at once
        index = self.model.index(self.model.rowCount() - 1, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        for person in [self.model.participant(row) for row in rows]:
            perform(self, self._feed, self._setup.remove_participant, person.id)

    def paste_list(self) -> None:
        if self._workshop_id is not None:
            PasteParticipantsDialog(self._setup, self._feed, self._workshop_id, self).exec()
