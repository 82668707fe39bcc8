"""What stands beside the countdown on the projector: the wall, the vote chart or the ACO columns.

The capture screens built these widgets; the board only picks the one that fits the running item
and keeps it pointed at that item (and, for accept-criticise-offer, at the chosen proposal).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QStackedWidget, QWidget

from facilitator.domain.kinds import ItemKind
from facilitator.services.aco import AcoService
from facilitator.services.capture import CaptureService
from facilitator.services.changes import Changes
from facilitator.services.voting import VotingService
from facilitator.ui.capture.aco_projector import AcoProjectorWidget
from facilitator.ui.capture.vote_chart import VoteChartWidget
from facilitator.ui.capture.wall import WallWidget, wall_text
from facilitator.ui.change_feed import ChangeFeed
from facilitator.ui.run.wall_fit import WallColumn, fitting_point_size


@dataclass(frozen=True)
class BoardSources:
    """The services and the feed a board reads; app.py builds one and hands it to the console."""

    capture: CaptureService
    voting: VotingService
    aco: AcoService
    feed: ChangeFeed


class BoardKind(StrEnum):
    WALL = "wall"
    VOTES = "votes"
    ACO = "aco"


class ProjectorBoard(QStackedWidget):
    """One of the wall, the vote chart or the current proposal's columns, for the item shown.

    An accept-criticise-offer item shows its proposal; an item with vote options shows the
    chart; any other item shows the clusters' lists. The proposal chosen on the capture screen
    is remembered, and used while it belongs to the item shown (else the item's first proposal).

    Args:
        point_size: the smallest text of the wall (it grows up to twice that while the lists
            are short); the chart's labels are a third larger, for the few words they hold.

    Signals:
        proposal_changed(str): the title of the proposal for the item shown changed (another
            proposal, or a new name); the timer shows it when the board is not on screen.
    """

    proposal_changed = Signal(str)

    def __init__(self, sources: BoardSources, point_size: int = 24, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sources = sources
        self._item_id: int | None = None
        self._item_kind = ""
        self._chosen_proposal: int | None = None
        self._smallest = point_size
        self.wall = WallWidget(sources.capture, sources.feed, point_size=point_size)
        self.chart = VoteChartWidget(sources.voting, sources.feed, point_size=round(point_size * 4 / 3))
        self.aco = AcoProjectorWidget(sources.aco, sources.feed, point_size=point_size)
        self.pages = {BoardKind.WALL: self.wall, BoardKind.VOTES: self.chart, BoardKind.ACO: self.aco}
        for page in self.pages.values():
            self.addWidget(page)
        self.proposal_id: int | None = None
        self.proposal_title = ""
        sources.feed.changed.connect(self._on_changed)

    def kind(self) -> BoardKind:
        return next(kind for kind, page in self.pages.items() if page is self.currentWidget())

    def set_language(self, language: str) -> None:
        """The workshop's language, for the board's own words (headings, "↑ N more lines")."""
        if language:
            self.wall.set_language(language)
            self.aco.set_language(language)

    def show_item(self, item_id: int | None, item_kind: str) -> None:
        """Point the board at ``item_id``; cheap when nothing changed (called on every tick)."""
        if item_id == self._item_id and item_kind == self._item_kind:
            return
        self._item_id, self._item_kind = item_id, item_kind
        self._refresh()

    def set_proposal(self, proposal_id: int) -> None:
        """The proposal the capture screen has on screen (``AcoPage.current_proposal_changed``)."""
        self._chosen_proposal = proposal_id
        self._refresh()

    def _refresh(self) -> None:
        item_id = self._item_id
        if item_id is not None and self._item_kind == ItemKind.ACO:
            proposals = [p.id for p in self._sources.aco.proposals(item_id)]
            chosen = self._chosen_proposal if self._chosen_proposal in proposals else None
            self._show_proposal(chosen if chosen is not None else (proposals[0] if proposals else None))
            self.setCurrentWidget(self.aco)
        elif item_id is not None and self._sources.voting.options(item_id):
            if self.chart.item_id != item_id:
                self.chart.set_item(item_id)
            self.setCurrentWidget(self.chart)
        else:
            if self.wall.item_id != item_id:
                self.wall.set_item(item_id)
            self.setCurrentWidget(self.wall)
            self.fit_wall()

    def fit_wall(self) -> None:
        """Size the wall's text to its lists (each list then shows what fits under a marker)."""
        if not self.isVisible():
            return  # measured again when shown (showEvent)
        columns = self.wall.columns
        shown = [c for c in columns if c[2].rowCount()] or columns
        wall_columns = [
            WallColumn(label.text(), tuple(wall_text(model, row) for row in range(model.rowCount())))
            for label, _lines, model in shown
        ]
        height = self.height() - self.wall.note_height()
        size = fitting_point_size(wall_columns, self.width(), height, self.wall.font(),
                                  self._smallest, self._smallest * 2)
        self.wall.set_point_size(size)

    def _show_proposal(self, proposal_id: int | None) -> None:
        if proposal_id != self.proposal_id:
            self.proposal_id = proposal_id
            self.aco.set_proposal(proposal_id)
        proposal = self._sources.aco.proposal(proposal_id) if proposal_id is not None else None
        title = proposal.title if proposal is not None else ""
        if title != self.proposal_title:
            self.proposal_title = title
            self.proposal_changed.emit(title)

    def _on_changed(self, changes: Changes) -> None:
        """Options added or proposals removed may change which page fits the item.

        A line typed into a list changes no options or proposals: the wall only grows, so only
        its text size is fitted again.
        """
        if not (changes.capture or changes.agenda) or not changes.in_item(self._item_id):
            return
        if changes.capture and not changes.agenda and changes.list_key is not None:
            if self.currentWidget() is self.wall:
                self.fit_wall()
            return
        self._refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.currentWidget() is self.wall:
            self.fit_wall()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self.currentWidget() is self.wall:
            self.fit_wall()
