"""The projector view of an accept-criticise-offer round: three columns for one proposal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from facilitator.services.aco import AcoService
from facilitator.services.changes import Changes
from facilitator.ui.audience import audience_words
from facilitator.ui.capture.aco_models import STANCES, stance_title
from facilitator.ui.change_feed import ChangeFeed

COLOURS = {"accept": "#2e7d32", "criticise": "#c62828", "offer": "#1565c0"}


class AcoProjectorWidget(QWidget):
    """The current proposal's title over three columns: accept, criticise, offer.

    Embed it with ``AcoProjectorWidget(aco, feed)`` and call :meth:`set_proposal` when the
    console's current proposal changes (``AcoPage.current_proposal_changed``).
    """

    def __init__(
        self,
        aco: AcoService,
        feed: ChangeFeed,
        proposal_id: int | None = None,
        parent: QWidget | None = None,
        point_size: int = 20,
    ) -> None:
        super().__init__(parent)
        self._aco = aco
        self._proposal_id = proposal_id
        font = QFont()
        font.setPointSize(point_size)
        self.setFont(font)
        self.setStyleSheet("background: white; color: black;")
        self.title = QLabel()
        title_font = QFont(font)
        title_font.setPointSize(int(point_size * 1.4))
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        grid = QGridLayout()
        self.columns: list[QLabel] = []
        self.headings: list[QLabel] = []
        self._language = ""
        for column, stance in enumerate(STANCES):
            heading = QLabel(stance_title(stance))
            self.headings.append(heading)
            heading_font = QFont(font)
            heading_font.setBold(True)
            heading.setFont(heading_font)
            heading.setStyleSheet(f"border-bottom: 4px solid {COLOURS[stance]}; padding: 4px;")
            body = QLabel()
            body.setFont(font)  # the style sheet stops the widget's font reaching its children
            body.setWordWrap(True)
            body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            body.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(heading, 0, column)
            grid.addWidget(body, 1, column)
            grid.setColumnStretch(column, 1)
            self.columns.append(body)
        grid.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(grid, 1)
        feed.changed.connect(self._on_changed)
        self.set_proposal(proposal_id)

    def set_language(self, language: str) -> None:
        """The column headings in ``language`` (the workshop's: the room reads them)."""
        if language == self._language:
            return
        self._language = language
        translate = audience_words(language).translate
        for heading, stance in zip(self.headings, STANCES, strict=True):
            heading.setText(stance_title(stance, translate))

    def set_proposal(self, proposal_id: int | None) -> None:
        self._proposal_id = proposal_id
        self.reload()

    def reload(self) -> None:
        proposal = self._aco.proposal(self._proposal_id) if self._proposal_id is not None else None
        self.title.setText(proposal.title if proposal is not None else "")
        texts = self._aco.responses(proposal.id) if proposal is not None else {}
        responders = self._aco.responders(proposal.id) if proposal is not None else []
        for body, stance in zip(self.columns, STANCES, strict=True):
            lines = [
                f"{r.name}: {texts[(r.cluster_id, stance)]}" for r in responders if (r.cluster_id, stance) in texts
            ]
            body.setText("\n\n".join(lines))

    def _on_changed(self, changes: Changes) -> None:
        """Responses, proposals and cluster names; a line typed into a list changes none of them."""
        if (changes.capture and changes.list_key is None) or changes.clusters:
            self.reload()
