"""Accept, criticise, offer on the console: proposals on the left, the response grid right."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.kinds import Stance
from facilitator.services.aco import AcoService
from facilitator.services.capture import CaptureService
from facilitator.services.changes import Changes
from facilitator.services.synthesis import SynthesisService
from facilitator.ui.capture.aco_models import AcoGridModel, ProposalModel
from facilitator.ui.capture.idle_reload import IdleReload
from facilitator.ui.capture.panes import side_by_side, stack
from facilitator.ui.change_feed import ChangeFeed, perform, perform_returning


class ProposalList(QListView):
    """Delete removes the current proposal (asked first when it has responses)."""

    delete_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid() and \
                self.state() != QAbstractItemView.State.EditingState:
            self.delete_requested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class AcoPage(QWidget):
    """Each proposal (typed, a cluster's list, or a theme) gets every other cluster's response.

    Signals:
        current_proposal_changed(int): the proposal on screen, for the projector's columns.
    """

    current_proposal_changed = Signal(int)

    def __init__(
        self,
        aco: AcoService,
        synthesis: SynthesisService,
        capture: CaptureService,
        feed: ChangeFeed,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._aco, self._synthesis, self._capture, self._feed = aco, synthesis, capture, feed
        self._item_id: int | None = None
        self.new_proposal = QLineEdit()
        self.new_proposal.setPlaceholderText(self.tr("New proposal: type and press Enter"))
        self.new_proposal.returnPressed.connect(self._add_typed)
        self.from_clusters = QPushButton(self.tr("One proposal per cluster"))
        self.from_clusters.clicked.connect(self._add_clusters)
        self.from_themes = QPushButton(self.tr("One proposal per theme"))
        self.from_themes.clicked.connect(self._add_themes)
        self.proposals = ProposalModel(aco, self._rename)
        self.proposal_view = ProposalList()
        self.proposal_view.setModel(self.proposals)
        self.proposal_view.setWordWrap(True)
        self.proposal_view.selectionModel().currentChanged.connect(lambda _c, _p: self._show_current())
        self.proposal_view.delete_requested.connect(self._delete)
        self.grid_model = AcoGridModel(aco, self._save)
        self.grid = QTableView()
        self.grid.setModel(self.grid_model)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self._idle_reload = IdleReload([self.grid, self.proposal_view], self._reload, self)
        self.grid_title = QLabel()
        self.grid_title.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.grid_title.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.from_clusters)
        buttons.addWidget(self.from_themes)
        left = stack(QLabel(self.tr("Proposals")), self.new_proposal, buttons, (self.proposal_view, 1))
        right = stack(self.grid_title, (self.grid, 1))
        QVBoxLayout(self).addWidget(side_by_side(left, right, 1, 3))
        feed.changed.connect(self._on_changed)

    def set_item(self, item_id: int | None) -> None:
        if self.new_proposal.text().strip():
            self._add_typed()
        self._item_id = item_id
        self.proposal_view.setCurrentIndex(self.proposals.index(-1))
        self.reload()

    def reload(self) -> None:
        self._idle_reload.request()

    def _reload(self) -> None:
        current = self.current_proposal()
        self.proposals.reload(self._item_id)
        row = next((r for r, p in enumerate(self.proposals.proposals) if p.id == current), 0)
        if self.proposals.rowCount():
            self.proposal_view.setCurrentIndex(self.proposals.index(row))
        self._show_current()

    def current_proposal(self) -> int | None:
        index = self.proposal_view.currentIndex()
        rows = self.proposals.proposals
        return rows[index.row()].id if index.isValid() and index.row() < len(rows) else None

    def select_proposal(self, row: int) -> None:
        self.proposal_view.setCurrentIndex(self.proposals.index(row))

    def _show_current(self) -> None:
        proposal_id = self.current_proposal()
        if proposal_id != self.grid_model.proposal_id:
            self.grid_model.show_proposal(proposal_id)
            if proposal_id is not None:
                self.current_proposal_changed.emit(proposal_id)
        else:
            grid_current = self.grid.currentIndex()
            self.grid_model.reload()
            if grid_current.isValid():
                self.grid.setCurrentIndex(self.grid_model.index(grid_current.row(), grid_current.column()))
        proposal = self._aco.proposal(proposal_id) if proposal_id is not None else None
        self.grid_title.setText(proposal.title if proposal is not None else "")

    def _on_changed(self, changes: Changes) -> None:
        if (changes.capture and changes.beyond_lists(self._item_id)) or changes.clusters:
            self.reload()

    def _rename(self, proposal_id: int, title: str) -> None:
        perform(self, self._feed, self._aco.rename_proposal, proposal_id, title)

    def _save(self, cluster_id: int, stance: Stance, text: str) -> None:
        proposal_id = self.current_proposal()
        if proposal_id is not None:
            perform(self, self._feed, self._aco.set_response, proposal_id, cluster_id, stance, text)

    def _add_typed(self) -> None:
        if self._item_id is None:
            return
        if perform_returning(self, self._feed, self._aco.add_proposal, self._item_id, self.new_proposal.text()):
            self.new_proposal.clear()
            self.select_proposal(self.proposals.rowCount() - 1)

    def _add_clusters(self) -> None:
        if self._item_id is not None:
            perform(self, self._feed, self._aco.add_cluster_proposals, self._item_id)

    def _add_themes(self) -> None:
        item = self._capture.item(self._item_id) if self._item_id is not None else None
        if item is not None:
            theme_ids = self._synthesis.workshop_theme_ids(item.workshop_id)
            perform(self, self._feed, self._aco.add_theme_proposals, item.id, theme_ids)

    def _delete(self, row: int) -> None:
        proposal = self.proposals.proposals[row]
        if self._aco.responses(proposal.id):
            answer = QMessageBox.question(
                self,
                self.tr("Delete proposal"),
                self.tr("Delete \u201c{title}\u201d and the responses to it?").format(title=proposal.title),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        perform(self, self._feed, self._aco.delete_proposal, proposal.id)

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.new_proposal.text().strip():
            self._add_typed()
        super().hideEvent(event)
