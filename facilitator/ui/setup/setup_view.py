"""The set-up section: title block, clusters and participants on one scrollable page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from facilitator.services.setup import SetupService
from facilitator.services.workshops import WorkshopService
from facilitator.ui.change_feed import ChangeFeed
from facilitator.ui.setup.cluster_editor import ClusterEditor
from facilitator.ui.setup.participant_editor import ParticipantEditor
from facilitator.ui.setup.workshop_form import WorkshopForm


class SetupView(QWidget):
    """Everything about who and where, edited in place and saved as it is typed."""

    def __init__(self, workshops: WorkshopService, setup: SetupService, feed: ChangeFeed,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = WorkshopForm(workshops, feed)
        self.clusters = ClusterEditor(setup, feed)
        self.participants = ParticipantEditor(setup, feed)
        top = QHBoxLayout()
        workshop_box = QGroupBox(self.tr("Workshop"))
        QVBoxLayout(workshop_box).addWidget(self.form)
        cluster_box = QGroupBox(self.tr("Clusters"))
        QVBoxLayout(cluster_box).addWidget(self.clusters)
        top.addWidget(workshop_box, 1)
        top.addWidget(cluster_box, 1)
        participant_box = QGroupBox(self.tr("Participants"))
        QVBoxLayout(participant_box).addWidget(self.participants)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(participant_box, 1)

    def show_workshop(self, workshop_id: int) -> None:
        self.form.show_workshop(workshop_id)
        self.clusters.show_workshop(workshop_id)
        self.participants.show_workshop(workshop_id)

    def focus_work(self) -> None:
        """The workshop's title, its first field (the cursor kept, the text not selected)."""
        self.form.fields["title"].setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.form.flush()
        super().hideEvent(event)
