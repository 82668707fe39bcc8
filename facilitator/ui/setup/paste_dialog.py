"""Pasting a participant list: a preview of how every column and cluster was read, then OK.

Nothing is stored before OK. The preview shows which field each column was read as, every
row with the cluster it will go into, the cluster names that fit no cluster and the lines that
could not be read at all.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.cluster_match import MatchedBy
from facilitator.domain.participant_list import RejectedLine
from facilitator.services.setup import PastedPerson, PastePreview, SetupService
from facilitator.ui.change_feed import ChangeFeed, perform_returning

PREVIEW_ROWS = 500  # rows shown; all are stored
_PROBLEM = QColor("#c62828")


class PasteParticipantsDialog(QDialog):
    """Paste rows from a spreadsheet; the preview says what will be added, where, and what not."""

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
        self.columns = QLabel(objectName="paste_columns", wordWrap=True)
        self.table = QTableWidget(0, 6, objectName="paste_preview")
        self.table.setHorizontalHeaderLabels([
            self.tr("Line"), self.tr("Name"), self.tr("Organisation"), self.tr("Role"), self.tr("E-mail"),
            self.tr("Cluster"),
        ])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(objectName="paste_summary", wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._add)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._add_if_possible)  # Enter types a new line
        self.text.textChanged.connect(self._preview)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 2)
        layout.addWidget(self.columns)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(900, 640)
        self._preview()

    def _reason(self, line: RejectedLine) -> str:
        return {
            "no_name": self.tr("no name"),
            "bad_email": self.tr("the e-mail address is not valid"),
            "too_many_columns": self.tr("more columns than expected"),
        }[line.reason]

    def _field_name(self, field: str) -> str:
        return {
            "name": self.tr("Name"), "organisation": self.tr("Organisation"), "role": self.tr("Role"),
            "email": self.tr("E-mail"), "cluster": self.tr("Cluster"),
        }[field]

    def _describe_columns(self, preview: PastePreview) -> str:
        parsed = preview.parsed
        read = " · ".join(f"{number}: {self._field_name(field)}" for number, field in enumerate(parsed.columns, 1))
        if parsed.header_line is not None:
            return self.tr("Columns read as {columns} (named by line {line}).").format(
                columns=read, line=parsed.header_line)
        return self.tr("Columns read as {columns} (the usual order: no line names them).").format(columns=read)

    def _cluster_text(self, row: PastedPerson) -> str:
        match row.match.by:
            case MatchedBy.NAME:
                return row.cluster_name
            case MatchedBy.MEMBER:
                return self.tr("{cluster} (“{typed}” is a member)").format(cluster=row.cluster_name,
                                                                            typed=row.person.cluster)
            case MatchedBy.ORGANISATION:
                return self.tr("{cluster} (from the organisation)").format(cluster=row.cluster_name)
            case MatchedBy.UNMATCHED:
                return self.tr("⚠ no cluster is called “{typed}”").format(typed=row.person.cluster)
            case MatchedBy.AMBIGUOUS:
                return self.tr("⚠ “{typed}” fits several clusters").format(typed=row.person.cluster)
        return ""

    def _describe(self, preview: PastePreview) -> str:
        lines = [self.tr("%n participant(s) will be added.", "", len(preview.people))]
        unmatched = preview.unmatched()
        if unmatched:
            lines.append(self.tr("These cluster names fit no cluster; the participants are added without one:"))
            lines.extend(
                self.tr("“{name}” on line(s) {lines}", "", len(numbers)).format(
                    name=name, lines=", ".join(map(str, numbers)))
                for name, numbers in unmatched.items()
            )
        rejected = preview.parsed.rejected
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

    def _fill_table(self, preview: PastePreview) -> None:
        read = preview.parsed.columns
        for column, field in enumerate(("organisation", "role", "email", "cluster"), start=2):
            self.table.setColumnHidden(column, field not in read and field != "cluster")
        shown = preview.people[:PREVIEW_ROWS]
        self.table.setRowCount(len(shown))
        for row, person in enumerate(shown):
            values = (str(person.person.line), person.person.name, person.person.organisation,
                      person.person.role, person.person.email, self._cluster_text(person))
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column == 5 and person.match.problem:
                    cell.setForeground(_PROBLEM)
                self.table.setItem(row, column, cell)

    def _preview(self) -> None:
        preview = self._setup.preview_participants(self._workshop_id, self.text.toPlainText())
        self.columns.setText(self._describe_columns(preview) if preview.people else "")
        self._fill_table(preview)
        self.summary.setText(self._describe(preview))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(preview.people))

    def _add_if_possible(self) -> None:
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            self._add()

    def _add(self) -> None:
        added = perform_returning(self, self._feed, self._setup.paste_participants, self._workshop_id,
                                  self.text.toPlainText())
        if added is not None:
            self.accept()
