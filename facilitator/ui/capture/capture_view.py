"""The capture section of the main window: pick an item, then capture it in the right page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from facilitator.domain.kinds import ItemKind, ProjectorMode
from facilitator.services.bundle import Services
from facilitator.services.changes import Changes
from facilitator.ui.capture.aco_page import AcoPage
from facilitator.ui.capture.contributions_page import ContributionsPage
from facilitator.ui.capture.notes_page import NotesPage
from facilitator.ui.capture.qa_form import QaForm
from facilitator.ui.capture.run_follower import RunFollower
from facilitator.ui.capture.synthesis_page import SynthesisPage
from facilitator.ui.capture.voting_page import VotingPage
from facilitator.ui.capture.workshop_pages import AttachmentsPage, EvaluationPage, NextStepsPage
from facilitator.ui.change_feed import ChangeFeed, perform
from facilitator.ui.section import focus_first_field

# The page an item of each kind opens on; every page stays reachable (Ctrl+Tab).
_FIRST_PAGE = {
    ItemKind.PRESENTATION: "notes",  # what the speaker says; the Q&A form is the next page
    ItemKind.PLENARY: "contributions",
    ItemKind.GROUP_WORK: "contributions",
    ItemKind.SUMMARY: "synthesis",
    ItemKind.ACO: "aco",
    ItemKind.NEXT_STEPS: "next_steps",
    ItemKind.EVALUATION: "evaluation",
}
_ITEM_PAGES = ("notes", "contributions", "qa", "synthesis", "voting", "aco")


class CaptureView(QWidget):
    """Item chooser (Ctrl+I), projector choice per item, and the capture pages as tabs.

    Signals:
        scribes_requested(int): "Table scribes…" for the shown workshop.
    """

    scribes_requested = Signal(int)

    def __init__(self, services: Services, feed: ChangeFeed, parent: QWidget | None = None,
                 run_strip: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._feed = services, feed
        self._workshop_id: int | None = None
        self.item_box = QComboBox()
        self.item_box.setMinimumWidth(320)
        self.item_box.activated.connect(self._item_chosen)
        item_label = QLabel(self.tr("&Item:"))
        item_label.setBuddy(self.item_box)
        self.projector_box = QComboBox()
        for mode, text in (
            (ProjectorMode.TIMER, self.tr("Timer")),
            (ProjectorMode.WALL, self.tr("Wall of lists")),
            (ProjectorMode.BOTH, self.tr("Timer and wall")),
        ):
            self.projector_box.addItem(text, str(mode))
        self.projector_box.activated.connect(self._projector_chosen)
        projector_label = QLabel(self.tr("&Projector shows:"))
        projector_label.setBuddy(self.projector_box)
        top = QHBoxLayout()
        top.addWidget(item_label)
        top.addWidget(self.item_box, 1)
        top.addSpacing(24)
        top.addWidget(projector_label)
        top.addWidget(self.projector_box)
        self.scribes_button = QPushButton(self.tr("Table scribes…"))
        self.scribes_button.setToolTip(self.tr("Let each table type its points on a phone"))
        self.scribes_button.clicked.connect(self._request_scribes)
        top.addSpacing(24)
        top.addWidget(self.scribes_button)
        self.notes = NotesPage(services.notes, services.setup, feed)
        self.contributions = ContributionsPage(services.capture, feed, offline=services.offline)
        self.qa = QaForm(services.qa, feed)
        self.synthesis = SynthesisPage(services.synthesis, services.capture, feed)
        self.voting = VotingPage(services.voting, services.synthesis, services.capture, feed)
        self.aco = AcoPage(services.aco, services.synthesis, services.capture, feed)
        self.evaluation = EvaluationPage(services.evaluation, feed)
        self.next_steps = NextStepsPage(services.next_steps, feed)
        self.attachments = AttachmentsPage(services.attachments, feed)
        self.tabs = QTabWidget()
        self.pages: dict[str, QWidget] = {}
        for key, page, title in self._page_list():
            self.pages[key] = page
            self.tabs.addTab(page, title)
        self.follower = RunFollower(self, self)
        self.item_box.activated.connect(lambda _index: self.follower.cancel())
        layout = QVBoxLayout(self)
        if run_strip is not None:  # the run's item and time, over everything captured
            layout.addWidget(run_strip)
        layout.addLayout(top)
        layout.addWidget(self.follower.notice)
        layout.addWidget(self.tabs, 1)
        feed.changed.connect(self._on_changed)

    def _page_list(self) -> list[tuple[str, QWidget, str]]:
        return [
            ("notes", self.notes, self.tr("Minutes text")),
            ("contributions", self.contributions, self.tr("Contributions")),
            ("qa", self.qa, self.tr("Questions and answers")),
            ("synthesis", self.synthesis, self.tr("Plenary summary")),
            ("voting", self.voting, self.tr("Dot vote")),
            ("aco", self.aco, self.tr("Accept, criticise, offer")),
            ("evaluation", self.evaluation, self.tr("Evaluation")),
            ("next_steps", self.next_steps, self.tr("Next steps")),
            ("attachments", self.attachments, self.tr("Attachments")),
        ]

    def show_workshop(self, workshop_id: int) -> None:
        self._workshop_id = workshop_id
        for key in ("notes", "evaluation", "next_steps", "attachments"):
            self.pages[key].show_workshop(workshop_id)  # type: ignore[attr-defined]
        self._fill_items()
        running = self.item_box.findData(self.follower.run_item)
        if running >= 0:
            self.item_box.setCurrentIndex(running)
        self._item_chosen(self.item_box.currentIndex())

    def focus_work(self) -> None:
        """The shown page's work: an entry line on the contributions, else the page's first field."""
        page = self.tabs.currentWidget()
        focus = getattr(page, "focus_work", None)
        if focus is None or not focus():
            focus_first_field(page)

    def _request_scribes(self) -> None:
        if self._workshop_id is not None:
            self.scribes_requested.emit(self._workshop_id)

    def item_id(self) -> int | None:
        data = self.item_box.currentData()
        return int(data) if data is not None else None

    def follow_run(self, item_id: int) -> None:
        """The run moved to ``item_id``: show it, once no line is half typed (see RunFollower)."""
        self.follower.follow(item_id)

    def typing(self) -> bool:
        """Whether a line entry holds text not yet stored, or the minutes text is being written."""
        entries = [panel.entry for panel in self.contributions.panels]
        return self.notes.editor.hasFocus() or any(
            e.text().strip() for e in (*entries, self.qa.question, self.aco.new_proposal))

    def item_title(self, item_id: int) -> str | None:
        index = self.item_box.findData(item_id)
        return self.item_box.itemText(index) if index >= 0 else None

    def set_item(self, item_id: int) -> None:
        """Show ``item_id`` (the run calls this when the running item changes)."""
        index = self.item_box.findData(item_id)
        if index >= 0:
            self.item_box.setCurrentIndex(index)
            self._item_chosen(index)

    def _fill_items(self) -> None:
        current = self.item_id()
        self.item_box.clear()
        if self._workshop_id is None:
            return
        for item in self._services.capture.items(self._workshop_id):
            self.item_box.addItem(f"{item.position + 1}. {item.title}", item.id)
        index = self.item_box.findData(current)
        self.item_box.setCurrentIndex(max(index, 0))

    def _item_chosen(self, _index: int) -> None:
        item_id = self.item_id()
        for key in _ITEM_PAGES:
            self.pages[key].set_item(item_id)  # type: ignore[attr-defined]
        item = self._services.capture.item(item_id) if item_id is not None else None
        if item is not None:
            self.projector_box.setCurrentIndex(self.projector_box.findData(item.projector_mode))
            first = _FIRST_PAGE.get(ItemKind._value2member_map_.get(item.kind))  # type: ignore[call-overload]
            if self._services.voting.options(item.id):
                first = "voting"
            if first is not None:
                self.tabs.setCurrentWidget(self.pages[first])

    def _projector_chosen(self, _index: int) -> None:
        item_id = self.item_id()
        if item_id is not None:
            perform(self, self._feed, self._services.capture.set_projector_mode, item_id,
                    self.projector_box.currentData())

    def _on_changed(self, changes: Changes) -> None:
        if changes.agenda and self._workshop_id is not None and changes.in_workshop(self._workshop_id):
            before = self.item_id()
            self._fill_items()
            if self.item_id() != before:
                self._item_chosen(self.item_box.currentIndex())

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_I and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.item_box.setFocus()
            self.item_box.showPopup()
            return
        super().keyPressEvent(event)
