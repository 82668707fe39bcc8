"""Evaluation by dimension, next steps and the workshop's attachments (seed 002's ending)."""

from __future__ import annotations

from facilitator.export.minutes.bilag import Bilag
from facilitator.export.minutes.planner import Writer
from facilitator.export.minutes.sections import has_evaluation


class BackMatter(Writer):
    """Tables that may sit inside their agenda item or, when there is none, at the end."""

    def evaluation(self, *, own_heading: bool) -> None:
        """One row per dimension ("Rammerne", "Indhold", …), remarks joined as in seed 002."""
        if not has_evaluation(self.reading) and not self.options.include_empty:
            return
        if own_heading:
            self.part("evaluation", self.tr("Evaluation"))
            self.heading(self.tr("Evaluation"), 1)
        if not has_evaluation(self.reading):
            self.nothing_recorded()
            return
        rated = any(e.rating is not None for d in self.reading.evaluation for e in d.entries)
        header = [self.tr("Dimension"), self.tr("Remarks")] + ([self.tr("Rating (1–5)")] if rated else [])
        rows = []
        for dimension in self.reading.evaluation:
            remarks = [e.text for e in dimension.entries if e.text.strip()]
            ratings = [e.rating for e in dimension.entries if e.rating is not None]
            if not remarks and not ratings and not self.options.include_empty:
                continue
            self.count("remarks", len(remarks))
            cells: list[str | list[str]] = [dimension.name, remarks]
            if rated:
                average = sum(ratings) / len(ratings) if ratings else None
                cells.append(self.wording.locale.toString(average, "f", 1) if average is not None else "")
            rows.append(cells)
        self.table(header, rows, [1.3, 3.2, 1] if rated else [1.3, 3.2])

    def next_steps(self, *, own_heading: bool) -> None:
        actions = self.reading.actions
        if not actions and not self.options.include_empty:
            return
        if own_heading:
            self.part("next_steps", self.tr("Next steps"))
            self.heading(self.tr("Next steps"), 1)
        if not actions:
            self.nothing_recorded()
            return
        self.count("actions", len(actions))
        self.table([self.tr("What"), self.tr("Who"), self.tr("When")],
                   [[a.what, a.who, a.when] for a in actions], [3, 1.5, 1.2])

    def attachments(self) -> None:
        if not self.reading.attachments:
            return
        self.part("attachments", self.tr("Attachments"))
        self.count("attachments", len(self.reading.attachments))
        self.heading(self.tr("Attachments"), 1)
        Bilag(self.context).write(self.reading.attachments)
