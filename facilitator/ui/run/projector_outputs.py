"""The two places the projector picture appears: the console's small preview and the projector.

Both get the same slide and the same chosen proposal, so what the facilitator sees on the laptop
is what the room sees; the projector window is built the first time it is opened.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from facilitator.ui.run.projector_board import BoardSources
from facilitator.ui.run.projector_stage import ProjectorStage
from facilitator.ui.run.projector_window import ProjectorWindow
from facilitator.ui.run.slide import Slide

PREVIEW_SIZE = (384, 216)
PREVIEW_POINT_SIZE = 5  # the projector's text size scaled to the preview's width (384 of 1920)


class ProjectorOutputs:
    """The preview (owned by the console's layout) and the projector window, kept in step."""

    def __init__(self, settings: QSettings, console: QWidget, boards: BoardSources | None) -> None:
        self._settings, self._console, self._boards = settings, console, boards
        self._proposal_id: int | None = None
        self.preview = ProjectorStage(boards, point_size=PREVIEW_POINT_SIZE)
        self.preview.setFixedSize(*PREVIEW_SIZE)
        self.window: ProjectorWindow | None = None

    def show(self, slide: Slide) -> None:
        self.preview.set_slide(slide)
        if self.window is not None:
            self.window.stage.set_slide(slide)

    def set_proposal(self, proposal_id: int) -> None:
        """The accept-criticise-offer proposal chosen on the capture screen."""
        self._proposal_id = proposal_id
        for stage in self._stages():
            stage.set_proposal(proposal_id)

    def toggle(self) -> bool:
        """Open the projector or hide it; True when opened. It never takes the console's keys."""
        if self.window is None:
            self.window = ProjectorWindow(self._settings, self._console, self._boards)
            if self._proposal_id is not None:
                self.window.stage.set_proposal(self._proposal_id)
        if self.window.isVisible():
            self.window.hide()
            return False
        self.window.open()
        return True

    def replace(self) -> None:
        """Move an open projector to the screen just chosen in the options."""
        if self.window is not None and self.window.isVisible():
            self.window.place()

    def _stages(self) -> list[ProjectorStage]:
        return [self.preview] + ([self.window.stage] if self.window is not None else [])
