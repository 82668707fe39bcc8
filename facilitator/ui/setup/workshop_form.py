"""The workshop's title block: title, date, venue, people, language and the day's hours."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from facilitator.services.workshops import WorkshopService
from facilitator.ui.change_feed import ChangeFeed, perform
from facilitator.ui.date_time_fields import ClockField, DateField
from facilitator.ui.debounced_commit import DebouncedCommit


class WorkshopForm(QWidget):
    """Edits one workshop's own fields; each change is saved as it is made."""

    def __init__(self, workshops: WorkshopService, feed: ChangeFeed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workshops = workshops
        self._feed = feed
        self._workshop_id: int | None = None
        self._loading = False
        labels = {
            "title": self.tr("Title"),
            "venue": self.tr("Venue"),
            "organiser": self.tr("Organiser"),
            "facilitator": self.tr("Facilitator"),
            "minute_taker": self.tr("Minute-taker"),
            "contact_name": self.tr("Contact person"),
            "contact_email": self.tr("Contact e-mail"),
            "contact_phone": self.tr("Contact phone"),
        }
        layout = QFormLayout(self)
        self.fields: dict[str, QLineEdit] = {}
        self._commits: list[DebouncedCommit] = []
        for name, label in labels.items():
            edit = QLineEdit(objectName=f"field_{name}")
            commit = DebouncedCommit(lambda n=name: self._save_text(n), self)
            edit.textEdited.connect(commit.touch)
            edit.editingFinished.connect(commit.flush)
            self._commits.append(commit)
            self.fields[name] = edit
            layout.addRow(label, edit)
            if name == "title":
                self.date = DateField()
                self.date.setObjectName("field_date")
                self.date.edited.connect(self._save_date)
                self.date.rejected.connect(self._show_problem)
                layout.addRow(self.tr("Date"), self.date)
        self.day_start = ClockField()
        self.day_end = ClockField(optional=True)
        self.day_start.setObjectName("field_day_start")
        self.day_end.setObjectName("field_day_end")
        self.day_end.setPlaceholderText(self.tr("none"))
        for edit in (self.day_start, self.day_end):
            edit.edited.connect(self._save_day)
            edit.rejected.connect(self._show_problem)
        layout.addRow(self.tr("Day starts"), self.day_start)
        layout.addRow(self.tr("Day ends"), self.day_end)
        self.language = QComboBox(objectName="field_language")
        self.language.addItem(self.tr("Danish"), "da")
        self.language.addItem(self.tr("English"), "en")
        self.language.currentIndexChanged.connect(self._save_language)
        layout.addRow(self.tr("Language of documents"), self.language)
        self.message = QLabel(objectName="form_message", wordWrap=True)
        self.message.setStyleSheet("color: #c62828;")
        layout.addRow(self.message)

    def show_workshop(self, workshop_id: int) -> None:
        self.flush()
        self._workshop_id = workshop_id
        workshop = self._workshops.get(workshop_id)
        self._loading = True
        try:
            for name, edit in self.fields.items():
                edit.setText(getattr(workshop, name))
            self.date.set_value(workshop.date)
            self.day_start.set_value(workshop.day_start_min)
            self.day_end.set_value(workshop.day_end_min)
            self.language.setCurrentIndex(max(0, self.language.findData(workshop.language)))
        finally:
            self._loading = False

    def flush(self) -> None:
        """Save anything still being typed."""
        for commit in self._commits:
            commit.flush()

    def _save_text(self, name: str) -> None:
        if self._workshop_id is not None:
            perform(self, self._feed, self._workshops.set_text, self._workshop_id, name,
                    self.fields[name].text())

    def _show_problem(self, message: str) -> None:
        self.message.setText(message)

    def _save_date(self, value: dt.date) -> None:
        if not self._loading and self._workshop_id is not None:
            self.message.clear()
            perform(self, self._feed, self._workshops.set_date, self._workshop_id, value)

    def _save_day(self) -> None:
        if not self._loading and self._workshop_id is not None:
            self.message.clear()
            perform(self, self._feed, self._workshops.set_day, self._workshop_id,
                    self.day_start.value(), self.day_end.value())

    def _save_language(self) -> None:
        if not self._loading and self._workshop_id is not None:
            perform(self, self._feed, self._workshops.set_language, self._workshop_id,
                    self.language.currentData())
