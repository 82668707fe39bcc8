"""What the minutes will hold, one row per part, so the consultant sees it before exporting."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel

from facilitator.domain.kinds import ContributionKind
from facilitator.export.minutes_data import ItemMinutes, MinutesData
from facilitator.export.minutes_plan import has_evaluation, plan_sections

QA_KINDS = (ContributionKind.QUESTION, ContributionKind.ANSWER)


class OutlineModel(QStandardItemModel):
    """Rows of (part, what it holds), rebuilt from a :class:`MinutesData` snapshot."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._set_header()

    def _set_header(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Part of the minutes"), self.tr("Content")])

    def show(self, data: MinutesData, include_empty: bool = False) -> None:
        self.clear()
        self._set_header()
        self._row(self.tr("Participants"), self._count(self.tr("People: {n}"), len(data.participants))
                  + self._count(self.tr("Clusters: {n}"), len(data.clusters)))
        self._row(self.tr("Programme"), self._count(self.tr("Items: {n}"), len(data.items)))
        remarks = self._count(self.tr("Remarks: {n}"), sum(len(row.remarks) for row in data.evaluation))
        actions = self._count(self.tr("Actions: {n}"), len(data.actions))
        sections = plan_sections(data, include_empty)
        for section in sections:  # the evaluation and next steps show inside the item hosting them
            title = self.tr("{number}. {title}").format(number=section.number, title=section.item.title)
            hosted = (remarks if section.hosts_evaluation else []) + (actions if section.hosts_actions else [])
            self._row(title, self._item_summary(section.item) + hosted)
        if has_evaluation(data) and not any(s.hosts_evaluation for s in sections):
            self._row(self.tr("Evaluation"), remarks)
        if data.actions and not any(s.hosts_actions for s in sections):
            self._row(self.tr("Next steps"), actions)
        if data.attachments:
            self._row(self.tr("Attachments"), self._count(self.tr("Attachments: {n}"), len(data.attachments)))

    def _item_summary(self, item: ItemMinutes) -> list[str]:
        lines = [c for c in item.contributions if c.kind not in QA_KINDS]
        clusters = {c.cluster_id for c in item.contributions if c.cluster_id is not None}
        return (
            self._count(self.tr("Lines: {n}"), len(lines))
            + self._count(self.tr("Clusters: {n}"), len(clusters))
            + self._count(self.tr("Q&A: {n}"), len(item.contributions) - len(lines))
            + self._count(self.tr("Themes: {n}"), len(item.themes))
            + self._count(self.tr("Vote options: {n}"), len(item.votes))
            + self._count(self.tr("Proposals: {n}"), len(item.aco))
            + self._count(self.tr("Attachments: {n}"), len(item.attachments))
        )

    @staticmethod
    def _count(pattern: str, n: int) -> list[str]:
        return [pattern.format(n=n)] if n else []

    def _row(self, part: str, content: list[str]) -> None:
        summary = " · ".join(content) or self.tr("Nothing recorded")
        cells = [QStandardItem(part), QStandardItem(summary)]
        for cell in cells:
            cell.setEditable(False)
        self.appendRow(cells)
