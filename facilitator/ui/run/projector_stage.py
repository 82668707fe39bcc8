"""The whole projector picture: the timer slide, the wall, or a countdown band over the wall.

Which arrangement fits is a pure function of the slide, so the projector window and the console's
preview arrange themselves the same way from the same slide.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from facilitator.domain.kinds import ProjectorMode
from facilitator.ui.run.clock_band import ClockBand
from facilitator.ui.run.projector_board import BoardSources, ProjectorBoard
from facilitator.ui.run.projector_style import BACKGROUND
from facilitator.ui.run.projector_view import ProjectorView
from facilitator.ui.run.slide import Layout, Slide

# Heights of the time above the wall, as shares of the screen: in "both" the digits stay about a
# fifth of the screen high (issue 6); with the wall alone a strip keeps the time in sight.
BAND_SHARE = {ProjectorMode.BOTH: 0.27, ProjectorMode.WALL: 0.12}
_TIMER_ONLY = {Layout.BLACK, Layout.LOGO, Layout.DONE, Layout.BREAK}


def arrangement_for(slide: Slide, has_board: bool) -> ProjectorMode:
    """The item's projector mode, except on the black, title, break and end screens."""
    if not has_board or slide.layout in _TIMER_ONLY or slide.item_id is None:
        return ProjectorMode.TIMER
    try:
        return ProjectorMode(slide.projector_mode)
    except ValueError:  # a value written by a newer version: the timer is always safe
        return ProjectorMode.TIMER


class ProjectorStage(QWidget):
    """The timer view alone, or the clock band over the board (the wall, chart or proposal).

    Args:
        sources: what the board reads; without it (tests of the timer alone) only the timer shows.
        point_size: the board's text size (the console's preview passes a small one).
    """

    def __init__(self, sources: BoardSources | None = None, point_size: int = 24,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._slide = Slide(Layout.LOGO)  # as given, before the board's proposal is added
        self.setStyleSheet(f"ProjectorStage {{ background: {BACKGROUND.name()}; }}")
        self.view = ProjectorView()
        self.band = ClockBand()
        self.board = ProjectorBoard(sources, point_size) if sources is not None else None
        self.arrangement = ProjectorMode.TIMER
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.band)
        if self.board is not None:
            layout.addWidget(self.board, 1)
            self.board.proposal_changed.connect(lambda _title: self.set_slide(self._slide))
        self._apply(ProjectorMode.TIMER)

    @property
    def slide(self) -> Slide:
        return self.view.slide

    def set_slide(self, slide: Slide) -> None:
        """Show ``slide``; an accept-criticise-offer slide gets the board's proposal, on screen or not."""
        self._slide = slide
        arrangement = arrangement_for(slide, self.board is not None)
        if self.board is not None and (arrangement is not ProjectorMode.TIMER or slide.layout is Layout.ACO):
            self.board.set_language(slide.language)
            self.board.show_item(slide.item_id, slide.item_kind)
        if self.board is not None and slide.layout is Layout.ACO:
            slide = replace(slide, proposal=self.board.proposal_title)
        self.view.set_slide(slide)
        self.band.set_slide(slide)
        if arrangement is not self.arrangement:
            self._apply(arrangement)

    def set_proposal(self, proposal_id: int) -> None:
        if self.board is not None:
            self.board.set_proposal(proposal_id)

    def _apply(self, arrangement: ProjectorMode) -> None:
        self.arrangement = arrangement
        timer = arrangement is ProjectorMode.TIMER
        self.view.setVisible(timer)
        self.band.setVisible(not timer)
        if self.board is not None:
            self.board.setVisible(not timer)
        self._size_band()

    def _size_band(self) -> None:
        share = BAND_SHARE.get(self.arrangement, 0.0)
        self.band.setFixedHeight(max(24, round(self.height() * share)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._size_band()
