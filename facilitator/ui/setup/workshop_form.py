"""The workshop's title block: title, date, venue, people, language and the day's hours."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLineEdit, QTimeEdit, QWidget

from facilitator.services.workshops import WorkshopService
from facilitator.ui.changes_bus import ChangesBus, perform
from facilitator.ui.debounced_commit import DebouncedCommit


def _minutes(value: QTime) -> int:
    return value.hour() * 60 + value.minute()


class WorkshopForm(QWidget):
    """Edits one workshop's own fields; each change is saved as it is made."""

    def __init__(self, workshops: WorkshopService, bus: ChangesBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workshops = workshops
        self._bus = bus
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
                self.date = QDateEdit(calendarPopup=True, objectName="field_date")
                self.date.setDisplayFormat("dd.MM.yyyy")
                self.date.dateChanged.connect(self._save_date)
                layout.addRow(self.tr("Date"), self.date)
        self.day_start = QTimeEdit(objectName="field_day_start", displayFormat="HH.mm")
        self.day_end = QTimeEdit(objectName="field_day_end", displayFormat="HH.mm")
        for edit in (self.day_start, self.day_end):
            edit.timeChanged.connect(self._save_day)
        layout.addRow(self.tr("Day starts"), self.day_start)
        layout.addRow(self.tr("Day ends"), self.day_end)
        self.language = QComboBox(objectName="field_language")
        self.language.addItem(self.tr("Danish"), "da")
        self.language.addItem(self.tr("English"), "en")
        self.language.currentIndexChanged.connect(self._save_language)
        layout.addRow(self.tr("Language of documents"), self.language)

    def show_workshop(self, workshop_id: int) -> None:
        self.flush()
        self._workshop_id = workshop_id
        workshop = self._workshops.get(workshop_id)
        self._loading = True
        try:
            for name, edit in self.fields.items():
                edit.setText(getattr(workshop, name))
            self.date.setDate(QDate(workshop.date) if workshop.date else QDate.currentDate())
            self.day_start.setTime(QTime(workshop.day_start_min // 60, workshop.day_start_min % 60))
            end = workshop.day_end_min if workshop.day_end_min is not None else workshop.day_start_min
            self.day_end.setTime(QTime(end // 60 % 24, end % 60))
            self.language.setCurrentIndex(max(0, self.language.findData(workshop.language)))
        finally:
            self._loading = False

    def flush(self) -> None:
        """Save anything still being typed."""
        for commit in self._commits:
            commit.flush()

    def _save_text(self, name: str) -> None:
        if self._workshop_id is not None:
            perform(self, self._bus, self._workshops.set_text, self._workshop_id, name,
                    self.fields[name].text())

    def _save_date(self, value: QDate) -> None:
        if not self._loading and self._workshop_id is not None:
            perform(self, self._bus, self._workshops.set_date, self._workshop_id, value.toPython())

    def _save_day(self) -> None:
        if not self._loading and self._workshop_id is not None:
            perform(self, self._bus, self._workshops.set_day, self._workshop_id,
                    _minutes(self.day_start.time()), _minutes(self.day_end.time()))

    def _save_language(self) -> None:
        if not self._loading and self._workshop_id is not None:
            perform(self, self._bus, self._workshops.set_language, self._workshop_id,
                    self.language.currentData())
