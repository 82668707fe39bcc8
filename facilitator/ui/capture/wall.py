"""The projector's wall: the clusters' lists side by side, growing as they are typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QGridLayout, QLabel, QListView, QWidget

from facilitator.services.capture import CaptureService
from facilitator.services.changes import Changes
from facilitator.ui.capture.list_model import ContributionListModel
from facilitator.ui.capture.list_panel import list_title
from facilitator.ui.changes_bus import ChangesBus


class WallWidget(QWidget):
    """Read-only lists of the current item in large type, for the projector.

    Embed it with ``WallWidget(capture, bus)`` and call :meth:`set_item` when the running item
    changes; it re-reads on every capture change on the bus. Lists without lines are left out
    so the wall uses its width for what has been said.
    """

    def __init__(
        self,
        capture: CaptureService,
        bus: ChangesBus,
        item_id: int | None = None,
        parent: QWidget | None = None,
        point_size: int = 20,
    ) -> None:
        super().__init__(parent)
        self._capture = capture
        self._item_id: int | None = None
        self._font = QFont()
        self._font.setPointSize(point_size)
        self._grid = QGridLayout(self)
        self.columns: list[tuple[QLabel, QListView, ContributionListModel]] = []
        self.setStyleSheet("background: white; color: black;")
        bus.changed.connect(self._on_changed)
        self.set_item(item_id)

    @property
    def item_id(self) -> int | None:
        return self._item_id

    def set_item(self, item_id: int | None) -> None:
        self._item_id = item_id
        self._rebuild()

    @property
    def point_size(self) -> int:
        return self._font.pointSize()

    def set_point_size(self, point_size: int) -> None:
        """Re-size the text, so a board can fit the lists to the screen as they grow."""
        if point_size == self._font.pointSize():
            return
        self._font.setPointSize(point_size)
        for label, view, model in self.columns:
            label.setFont(self._heading_font())
            view.setFont(self._font)
            model.font = QFont(self._font)
            view.scrollToBottom()

    def _heading_font(self) -> QFont:
        heading = QFont(self._font)
        heading.setBold(True)
        return heading

    def _rebuild(self) -> None:
        for label, view, _model in self.columns:
            for widget in (label, view):
                self._grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        self.columns = []
        if self._item_id is None:
            return
        for capture_list in self._capture.capture_lists(self._item_id):
            model = ContributionListModel(self._capture, capture_list.cluster_id, capture_list.column_index)
            model.font = QFont(self._font)
            model.set_item(self._item_id)
            label = QLabel(list_title(capture_list))
            label.setFont(self._heading_font())
            label.setWordWrap(True)
            label.setStyleSheet(f"border-bottom: 4px solid {capture_list.colour}; padding: 4px;")
            view = QListView()
            view.setModel(model)
            view.setFont(self._font)
            view.setWordWrap(True)
            view.setFrameShape(QListView.Shape.NoFrame)
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # a projector never scrolls
            self.columns.append((label, view, model))
        self._place()

    def _place(self) -> None:
        """Only lists with lines take a column; with none at all every list is shown empty."""
        shown = [c for c in self.columns if c[2].rowCount()] or self.columns
        for label, view, _model in self.columns:
            label.setVisible(False)
            view.setVisible(False)
            self._grid.removeWidget(label)
            self._grid.removeWidget(view)
        for column, (label, view, _model) in enumerate(shown):
            self._grid.addWidget(label, 0, column)
            self._grid.addWidget(view, 1, column)
            self._grid.setColumnStretch(column, 1)
            label.setVisible(True)
            view.setVisible(True)
        for column in range(len(shown), self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)

    def _on_changed(self, changes: Changes) -> None:
        if changes.clusters or changes.agenda:
            self._rebuild()
        elif changes.capture:
            for _label, view, model in self.columns:
                model.reload()
                view.scrollToBottom()
            self._place()
