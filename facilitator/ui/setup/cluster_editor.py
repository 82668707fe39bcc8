"""Clusters: add, rename, reorder, recolour and remove (with confirmation)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.services.setup import SetupService
from facilitator.ui.change_feed import ChangeFeed, perform, perform_returning
from facilitator.ui.setup.cluster_model import COLOUR, NAME, ClusterModel


class ClusterEditor(QWidget):
    """A table of clusters with buttons; Insert adds, Delete removes, Ctrl+Up/Down move."""

    def __init__(self, setup: SetupService, feed: ChangeFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup = setup
        self._feed = feed
        self._workshop_id: int | None = None
        self.model = ClusterModel(setup, feed, self)
        self.table = QTableView(objectName="clusters")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(self._on_double_click)
        buttons = QHBoxLayout()
        for text, slot, shortcut in (
            (self.tr("Add cluster"), self.add_cluster, "Ins"),
            (self.tr("Move up"), lambda: self.move_selected(-1), "Ctrl+Up"),
            (self.tr("Move down"), lambda: self.move_selected(1), "Ctrl+Down"),
            (self.tr("Colour…"), self.choose_colour, None),
            (self.tr("Remove"), self.remove_selected, "Del"),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            if shortcut:
                button.setToolTip(QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText))
                QShortcut(QKeySequence(shortcut), self.table, slot,
                          context=Qt.ShortcutContext.WidgetShortcut)
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def show_workshop(self, workshop_id: int) -> None:
        self._workshop_id = workshop_id
        self.model.show_workshop(workshop_id)

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add_cluster(self) -> None:
        if self._workshop_id is None:
            return
        name = self.tr("Cluster {number}").format(number=self.model.rowCount() + 1)
        if perform_returning(self, self._feed, self._setup.add_cluster, self._workshop_id, name) is None:
            return
        self.model.reload()  # now, not later: the new row is edited at once
        index = self.model.index(self.model.rowCount() - 1, NAME)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        if row is None or not 0 <= row + step < self.model.rowCount():
            return
        if perform(self, self._feed, self._setup.move_cluster, self.model.cluster(row).id, row + step):
            self.model.reload()  # now, so the selection follows the moved row
            self.table.selectRow(row + step)

    def choose_colour(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        cluster = self.model.cluster(row)
        colour = QColorDialog.getColor(QColor(cluster.colour), self, self.tr("Colour of {name}").format(name=cluster.name))
        if colour.isValid():
            perform(self, self._feed, self._setup.set_cluster_colour, cluster.id, colour.name())

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        cluster = self.model.cluster(row)
        answer = QMessageBox.question(
            self,
            self.tr("Remove cluster"),
            self.tr("Remove {name}? Its participants and captured lines are kept without a cluster.").format(
                name=cluster.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            perform(self, self._feed, self._setup.remove_cluster, cluster.id)

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.column() == COLOUR:
            self.choose_colour()
