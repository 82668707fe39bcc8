"""What the minutes will hold, one row per part, counted from the very plan the document is
written from: the overview cannot promise what the document does not contain."""

from __future__ import annotations

from collections.abc import Callable

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

    def _wording(self) -> dict[str, Callable[[int], str]]:
        """Each count's text: a label ("Items: 3") reads right for any count, a counted noun
        ("Text: 1 paragraph") takes its form from the count."""
        def label(text: str) -> Callable[[int], str]:
            return lambda n: text.format(n=n)

        return {
            "people": label(self.tr("People: {n}")),
            "items": label(self.tr("Items: {n}")),
            "speakers": label(self.tr("Speakers: {n}")),
            "paragraphs": lambda n: self.tr("Text: %n paragraph(s)", "", n),
            "questions": label(self.tr("Questions: {n}")),
            "lines": label(self.tr("Lines: {n}")),
            "clusters": label(self.tr("Clusters: {n}")),
            "themes": label(self.tr("Themes: {n}")),
            "options": label(self.tr("Vote options: {n}")),
            "proposals": label(self.tr("Proposals: {n}")),
            "attachments": label(self.tr("Attachments: {n}")),
            "remarks": label(self.tr("Remarks: {n}")),
            "actions": label(self.tr("Actions: {n}")),
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
            content = [text(part.counts[key]) for key, text in wording.items() if part.counts.get(key)]
            self._row(self._title(part), content)

    def _row(self, part: str, content: list[str]) -> None:
        summary = " · ".join(content) or self.tr("Nothing recorded")
        cells = [QStandardItem(part), QStandardItem(summary)]
        for cell in cells:
            cell.setEditable(False)
            cell.setToolTip(f"{part}\n{summary}")  # whole, where the column cuts it
        self.appendRow(cells)
