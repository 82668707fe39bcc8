"""Evaluation by dimension, next steps and the workshop's attachments (seed 002's ending)."""

from __future__ import annotations

from facilitator.export.minutes_plan import has_evaluation
from facilitator.export.minutes_writer import Writer


class BackMatter(Writer):
    """Tables that may sit inside their agenda item or, when there is none, at the end."""

    def evaluation(self, *, own_heading: bool) -> None:
        """One row per dimension ("Rammerne", "Indhold", …), remarks joined as in seed 002."""
        if not has_evaluation(self.data) and not self.options.include_empty:
            return
        if own_heading:
            self.heading(self.tr("Evaluation"), 1)
        if not has_evaluation(self.data):
            self.nothing_recorded()
            return
        rated = any(row.ratings for row in self.data.evaluation)
        header = [self.tr("Dimension"), self.tr("Remarks")] + ([self.tr("Rating (1–5)")] if rated else [])
        rows = []
        for row in self.data.evaluation:
            if not row.remarks and not row.ratings and not self.options.include_empty:
                continue
            cells: list[str | list[str]] = [row.name, list(row.remarks)]
            if rated:
                average = sum(row.ratings) / len(row.ratings) if row.ratings else None
                cells.append(self.wording.locale.toString(average, "f", 1) if average is not None else "")
            rows.append(cells)
        self.table(header, rows, [1.3, 3.2, 1] if rated else [1.3, 3.2])

    def next_steps(self, *, own_heading: bool) -> None:
        if not self.data.actions and not self.options.include_empty:
            return
        if own_heading:
            self.heading(self.tr("Next steps"), 1)
        if not self.data.actions:
            self.nothing_recorded()
            return
        self.table(
            [self.tr("What"), self.tr("Who"), self.tr("When")],
            [[a.what, a.who, a.when] for a in self.data.actions],
            [3, 1.5, 1.2],
        )

    def attachments(self) -> None:
        if not self.data.attachments:
            return
        self.heading(self.tr("Attachments"), 1)
        num_id = self.context.lists.new_bulleted()
        for title in self.data.attachments:
            self.list_item(num_id, 0, title)
