"""Dot voting on the console: options, the count grid and the bar chart of the result."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.kinds import VoteBy
from facilitator.services.capture import CaptureService
from facilitator.services.changes import Changes
from facilitator.services.input_errors import InputError
from facilitator.services.synthesis import SynthesisService
from facilitator.services.voting import Voter, VotingService
from facilitator.ui.capture.idle_reload import IdleReload
from facilitator.ui.capture.panes import side_by_side, stack
from facilitator.ui.capture.vote_chart import VoteChartWidget
from facilitator.ui.capture.vote_model import VoteGridModel
from facilitator.ui.change_feed import ChangeFeed, perform, perform_returning


class CountGrid(QTableView):
    """Type a count and press Enter: it is saved and the cell below is ready for the next one.

    Ctrl+Delete removes the current option with its dots.
    """

    delete_option = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            if self.currentIndex().isValid():
                self.delete_option.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            current = self.currentIndex()
            below = current.siblingAtRow(current.row() + 1)
            if below.isValid():
                self.setCurrentIndex(below)


class VotingPage(QWidget):
    """Options (typed, or the themes), how many dots each voter has, counts and results."""

    def __init__(
        self,
        voting: VotingService,
        synthesis: SynthesisService,
        capture: CaptureService,
        feed: ChangeFeed,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._voting, self._synthesis, self._capture, self._feed = voting, synthesis, capture, feed
        self._item_id: int | None = None
        self.dots_box = QSpinBox()
        self.dots_box.setRange(1, 99)
        self.dots_box.editingFinished.connect(self._save_settings)
        self.by_box = QComboBox()
        self.by_box.addItem(self.tr("Clusters"), str(VoteBy.CLUSTER))
        self.by_box.addItem(self.tr("Participants"), str(VoteBy.PARTICIPANT))
        self.by_box.activated.connect(lambda _i: self._save_settings())
        self.new_option = QLineEdit()
        self.new_option.setPlaceholderText(self.tr("New option: type and press Enter"))
        self.new_option.returnPressed.connect(self._add_typed_option)
        self.from_themes = QPushButton(self.tr("Add the themes as options"))
        self.from_themes.clicked.connect(self._add_themes)
        self.message = QLabel()
        self.message.setStyleSheet("color: #c62828;")
        self.message.setWordWrap(True)
        self.grid_model = VoteGridModel(voting, self._set_dots)
        self.grid = CountGrid()
        self.grid.setModel(self.grid_model)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.grid.delete_option.connect(
            lambda row: perform(self, feed, voting.delete_option, self.grid_model.options[row].id)
        )
        self.chart = VoteChartWidget(voting, feed)
        self._idle_reload = IdleReload([self.grid], self._reload, self)
        settings = QHBoxLayout()
        dots_label = QLabel(self.tr("&Dots each:"))
        dots_label.setBuddy(self.dots_box)
        settings.addWidget(dots_label)
        settings.addWidget(self.dots_box)
        by_label = QLabel(self.tr("&Voting:"))
        by_label.setBuddy(self.by_box)
        settings.addWidget(by_label)
        settings.addWidget(self.by_box)
        settings.addStretch(1)
        settings.addWidget(self.from_themes)
        left = stack(settings, self.new_option, (self.grid, 1), self.message)
        splitter = side_by_side(left, self.chart, 3, 2)
        splitter.setSizes([900, 600])  # the count grid needs room for every voter and the total
        QVBoxLayout(self).addWidget(splitter)
        feed.changed.connect(self._on_changed)

    def set_item(self, item_id: int | None) -> None:
        self._item_id = item_id
        self.chart.set_item(item_id)
        self.reload()

    def reload(self) -> None:
        self._idle_reload.request()

    def _reload(self) -> None:
        current = self.grid.currentIndex()
        self.grid_model.reload(self._item_id)
        if current.isValid():
            self.grid.setCurrentIndex(self.grid_model.index(current.row(), current.column()))
        if self._item_id is not None:
            settings = self._voting.settings(self._item_id)
            self.dots_box.setValue(settings.dots_per_voter)
            self.by_box.setCurrentIndex(self.by_box.findData(str(settings.vote_by)))
        self.grid.resizeColumnsToContents()
        over = self.grid_model.over_budget()
        if over:
            self.message.setText(
                self.tr("More dots placed than each voter has: {names}").format(
                    names=", ".join(v.name for v in over)
                )
            )
        elif not self.message.property("error"):
            self.message.clear()

    def _on_changed(self, changes: Changes) -> None:
        if (changes.capture and changes.beyond_lists(self._item_id)) or changes.clusters or changes.participants:
            self.reload()

    def _show_error(self, error: InputError) -> None:
        self.message.setProperty("error", True)
        self.message.setText(error.message())

    def _clear_error(self) -> None:
        self.message.setProperty("error", False)

    def _set_dots(self, option_id: int, voter: Voter, count: int) -> None:
        try:
            self._clear_error()
            perform(self, self._feed, self._voting.set_dots, option_id, voter, count)
        except InputError as error:
            self._show_error(error)

    def _save_settings(self) -> None:
        if self._item_id is None:
            return
        try:
            self._clear_error()
            perform(self, self._feed, self._voting.set_settings, self._item_id, self.dots_box.value(),
                    self.by_box.currentData())
        except InputError as error:
            self._show_error(error)

    def _add_typed_option(self) -> None:
        if self._item_id is None:
            return
        if perform_returning(self, self._feed, self._voting.add_option, self._item_id, self.new_option.text()):
            self.new_option.clear()

    def _add_themes(self) -> None:
        item = self._capture.item(self._item_id) if self._item_id is not None else None
        if item is None:
            return
        theme_ids = self._synthesis.workshop_theme_ids(item.workshop_id)
        perform(self, self._feed, self._voting.add_options_from_themes, item.id, theme_ids)

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.new_option.text().strip():
            self._add_typed_option()
        super().hideEvent(event)
