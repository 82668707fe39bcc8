"""Clusters: add, rename, reorder, recolour and remove (with confirmation)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QColorDialog, QHeaderView, QMessageBox, QWidget

from facilitator.services.setup import SetupService
from facilitator.ui.change_feed import ChangeFeed, perform
from facilitator.ui.setup.cluster_model import COLOUR, NAME, ClusterModel
from facilitator.ui.setup.table_editor import TableEditor


class ClusterEditor(TableEditor[ClusterModel]):
    """A table of clusters with buttons; Insert adds, Delete removes, Ctrl+Up/Down move."""

    def __init__(self, setup: SetupService, feed: ChangeFeed, parent: QWidget | None = None) -> None:
        super().__init__("clusters", lambda widget: ClusterModel(setup, feed, widget), parent)
        self._setup = setup
        self._feed = feed
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(self._on_double_click)
        self.add_button(self.tr("Add cluster"), self.add_cluster, "Ins")
        self.add_button(self.tr("Move up"), lambda: self.move_selected(-1), "Ctrl+Up")
        self.add_button(self.tr("Move down"), lambda: self.move_selected(1), "Ctrl+Down")
        self.add_button(self.tr("Colour…"), self.choose_colour)
        self.add_button(self.tr("Remove"), self.remove_selected, "Del")

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add_cluster(self) -> None:
        name = self.tr("Cluster {number}").format(number=self.model.rowCount() + 1)
        self.add_row(lambda workshop_id: self._setup.add_cluster(workshop_id, name), NAME)

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
