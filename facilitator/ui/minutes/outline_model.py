"""What the minutes will hold, one row per part, counted from the very plan the document is
written from: the overview cannot promise what the document does not contain."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel

from facilitator.export.document import DocumentPlan, Part


class OutlineModel(QStandardItemModel):
    """Rows of (part, what it holds), rebuilt from a :class:`DocumentPlan`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._set_header()

    def _set_header(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Part of the minutes"), self.tr("Content")])

    def _wording(self) -> dict[str, str]:
        return {
            "people": self.tr("People: {n}"),
            "items": self.tr("Items: {n}"),
            "speakers": self.tr("Speakers: {n}"),
            "paragraphs": self.tr("Text: {n} paragraphs"),
            "questions": self.tr("Questions: {n}"),
            "lines": self.tr("Lines: {n}"),
            "clusters": self.tr("Clusters: {n}"),
            "themes": self.tr("Themes: {n}"),
            "options": self.tr("Vote options: {n}"),
            "proposals": self.tr("Proposals: {n}"),
            "attachments": self.tr("Attachments: {n}"),
            "remarks": self.tr("Remarks: {n}"),
            "actions": self.tr("Actions: {n}"),
        }

    def _title(self, part: Part) -> str:
        titles = {
            "participants": self.tr("Participants"),
            "programme": self.tr("Programme"),
            "evaluation": self.tr("Evaluation"),
            "next_steps": self.tr("Next steps"),
            "attachments": self.tr("Attachments"),
        }
        return titles.get(part.key, part.title)

    def show(self, plan: DocumentPlan) -> None:
        self.clear()
        self._set_header()
        wording = self._wording()
        for part in plan.parts:
            content = [text.format(n=part.counts[key]) for key, text in wording.items() if part.counts.get(key)]
            self._row(self._title(part), content)

    def _row(self, part: str, content: list[str]) -> None:
        summary = " · ".join(content) or self.tr("Nothing recorded")
        cells = [QStandardItem(part), QStandardItem(summary)]
        for cell in cells:
            cell.setEditable(False)
            cell.setToolTip(f"{part}\n{summary}")  # whole, where the column cuts it
        self.appendRow(cells)
