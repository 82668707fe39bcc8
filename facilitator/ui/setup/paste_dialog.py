"""Pasting a participant list, with a report of the lines that could not be read."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.participant_list import RejectedLine, parse_participants
from facilitator.services.setup import SetupService
from facilitator.ui.change_feed import ChangeFeed, perform_returning


class PasteParticipantsDialog(QDialog):
    """Paste rows from a spreadsheet; a live summary says what will be added and what not."""

    def __init__(self, setup: SetupService, feed: ChangeFeed, workshop_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste participants"))
        self._setup = setup
        self._feed = feed
        self._workshop_id = workshop_id
        self.text = QPlainTextEdit(objectName="paste_text")
        self.text.setPlaceholderText(self.tr(
            "Paste rows from a spreadsheet: name, organisation, role, e-mail, cluster "
            "(tab- or semicolon-separated; a header row may name the columns)."))
        self.summary = QLabel(objectName="paste_summary", wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._add)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._preview)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(700, 420)
        self._preview()

    def _reason(self, line: RejectedLine) -> str:
        return {
            "no_name": self.tr("no name"),
            "bad_email": self.tr("the e-mail address is not valid"),
            "too_many_columns": self.tr("more columns than expected"),
        }[line.reason]

    def _describe(self, readable: int, rejected: list[RejectedLine]) -> str:
        lines = [self.tr("%n participant(s) will be added.", "", readable)]
        if rejected:
            lines.append(self.tr("These lines could not be read and will not be added:"))
            lines.extend(
                self.tr("Line {number}: {reason} — “{text}”").format(
                    number=line.number, reason=self._reason(line), text=line.text[:80])
                for line in rejected[:20]
            )
            if len(rejected) > 20:
                lines.append(self.tr("… and %n more.", "", len(rejected) - 20))
        return "\n".join(lines)

    def _preview(self) -> None:
        parsed = parse_participants(self.text.toPlainText())
        self.summary.setText(self._describe(len(parsed.participants), parsed.rejected))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(parsed.participants))

    def _add(self) -> None:
        result = perform_returning(self, self._feed, self._setup.paste_participants, self._workshop_id,
                                   self.text.toPlainText())
        if result is not None:
            self.report = self._describe(result.added, result.parsed.rejected)
            self.accept()
