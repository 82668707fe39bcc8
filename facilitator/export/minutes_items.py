"""One numbered section per agenda item: notes, Q&A, cluster lists, themes, votes, ACO, bilag."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cached_property

from facilitator.domain.kinds import ContributionKind, Stance
from facilitator.export.charts import NEUTRAL, Bar, LegendEntry, Segment, bar_chart_png, distinct_colours
from facilitator.export.docx_text import add_text
from facilitator.export.minutes_data import ContributionInfo, ItemMinutes, VoteResult
from facilitator.export.minutes_writer import Writer

MAX_VOTE_COLUMNS = 6
"""More sources than this and the vote table shows totals only; the chart still shows each."""


def tree(contributions: Sequence[ContributionInfo]) -> Iterator[tuple[ContributionInfo, int]]:
    """``(contribution, depth)`` in reading order: each point followed by its sub-points.

    A parent outside ``contributions`` (deleted, or in another cluster) makes a point top-level;
    a loop of parents cannot hang the export.
    """
    ids = {c.id for c in contributions}
    children: dict[int | None, list[ContributionInfo]] = {}
    for c in sorted(contributions, key=lambda c: (c.position, c.id)):
        parent = c.parent_id if c.parent_id in ids and c.parent_id != c.id else None
        children.setdefault(parent, []).append(c)
    seen: set[int] = set()
    stack = [(c, 0) for c in reversed(children.get(None, []))]
    while stack:
        contribution, depth = stack.pop()
        if contribution.id in seen:
            continue
        seen.add(contribution.id)
        yield contribution, depth
        stack.extend((c, depth + 1) for c in reversed(children.get(contribution.id, [])))
    for c in contributions:  # points only reachable through a loop of parents
        if c.id not in seen:
            seen.add(c.id)
            yield c, 0


class ItemSections(Writer):
    """Writes the section of one agenda item."""

    def heading_text(self, number: int, item: ItemMinutes) -> str:
        title = item.title or self.tr("Untitled item")
        if item.presenter.strip():
            return self.tr("{number}. {title} – {presenter}").format(
                number=number, title=title, presenter=item.presenter
            )
        return self.tr("{number}. {title}").format(number=number, title=title)

    def write(self, number: int, item: ItemMinutes) -> None:
        self.heading(self.heading_text(number, item), 1)
        if item.description.strip():
            self.paragraphs(item.description)
        for prompt in item.prompts:  # the seeds put the question asked above what was answered
            self.labelled(prompt, "")
        by_cluster: dict[int | None, list[ContributionInfo]] = {}
        for contribution in item.contributions:
            by_cluster.setdefault(contribution.cluster_id, []).append(contribution)
        clusters = [c for c in self.data.clusters if c.id in by_cluster]
        known = {c.id for c in clusters}
        plenary = [c for c in item.contributions if c.cluster_id not in known]
        for cluster in clusters:
            self.heading(self.cluster_label(cluster), 2)
            self._group(item, by_cluster[cluster.id], numbered=True)
        if plenary:
            if clusters:
                self.heading(self.tr("In plenary"), 2)
            self._group(item, plenary, numbered=False)
        self._themes(item)
        self._votes(item.votes)
        self._aco(item)
        if item.attachments:
            self.bilag(item.attachments)

    def bilag(self, titles: Sequence[str]) -> None:
        """``Bilag:`` and the titles as a list, as the seeds end an item."""
        self.labelled(self.tr("Attachments:"), "")
        num_id = self.context.lists.new_bulleted()
        for title in titles:
            self.list_item(num_id, 0, title)

    def _label(self, kind: str) -> str:
        return self._labels.get(kind, "")

    @cached_property
    def _labels(self) -> dict[str, str]:
        """Translated once per document, not once per line."""
        return {
            ContributionKind.QUESTION: self.tr("Question:"),
            ContributionKind.ANSWER: self.tr("Answer:"),
            ContributionKind.DECISION: self.tr("Decision:"),
        }

    @staticmethod
    def _text(contribution: ContributionInfo) -> str:
        author = contribution.author.strip()
        return f"{contribution.text} ({author})" if author else contribution.text

    def _group(self, item: ItemMinutes, contributions: list[ContributionInfo], *, numbered: bool) -> None:
        if item.capture_columns:
            self._columns(item.capture_columns, contributions)
        elif numbered:
            num_id = self.context.lists.new_numbered()
            for contribution, depth in tree(contributions):
                self.list_item(num_id, depth, self._text(contribution), self._label(contribution.kind))
        else:
            self._plenary(contributions)

    def _plenary(self, contributions: list[ContributionInfo]) -> None:
        """Notes as paragraphs, Q&A as "Spørgsmål:"/"Svar:", ideas and sub-points as bullets."""
        num_id: int | None = None
        for contribution, depth in tree(contributions):
            label = self._label(contribution.kind)
            if depth == 0 and contribution.kind != ContributionKind.IDEA:
                num_id = None
                if label:
                    self.labelled(label, self._text(contribution))
                else:
                    self.paragraphs(self._text(contribution))
                continue
            if num_id is None:
                num_id = self.context.lists.new_bulleted()
            self.list_item(num_id, depth, self._text(contribution), label)

    def _columns(self, labels: Sequence[str], contributions: list[ContributionInfo]) -> None:
        """A two- (or more-) column item, e.g. "Hvad skal vi holde op med / fortsætte med"."""
        columns: list[list[str]] = [[] for _ in labels]
        for contribution, depth in tree(contributions):
            index = min(max(contribution.column_index, 0), len(labels) - 1)
            prefix = "\u2013 " * depth
            label = self._label(contribution.kind)
            columns[index].append(prefix + (label + " " if label else "") + self._text(contribution))
        rows = max(len(column) for column in columns)
        grid = [[column[r] if r < len(column) else "" for column in columns] for r in range(rows)]
        self.table(labels, grid)

    def _themes(self, item: ItemMinutes) -> None:
        if not item.themes:
            return
        self.heading(self.tr("Plenary summary"), 2)
        order = {c.id: index for index, c in enumerate(self.data.clusters)}
        num_id = self.context.lists.new_bulleted()
        for theme in item.themes:
            sources = sorted(theme.cluster_ids, key=lambda cid: order.get(cid, len(order)))
            names = ", ".join(n for n in (self.cluster_name(cid) for cid in sources) if n)
            paragraph = self.list_item(num_id, 0, theme.title)
            if not theme.title.strip():
                add_text(paragraph, self.tr("Untitled theme"))
            if names:
                add_text(paragraph, " (" + names + ")", italic=True)

    def _votes(self, votes: Sequence[VoteResult]) -> None:
        if not votes:
            return
        self.heading(self.tr("Vote"), 2)
        ranked = sorted(votes, key=lambda v: -v.total)
        sources = list(dict.fromkeys(cid for v in ranked for cid, _dots in v.dots_by_cluster))
        order = {c.id: index for index, c in enumerate(self.data.clusters)}
        sources.sort(key=lambda cid: order.get(cid, len(order)))
        names = [self.cluster_name(cid) or self.tr("Room") for cid in sources]
        per_source = 1 < len(sources) <= MAX_VOTE_COLUMNS
        header = [self.tr("Option"), *(names if per_source else []), self.tr("Dots")]
        weights = [3.0, *([1.0] * len(names) if per_source else []), 1.0]
        rows = []
        for vote in ranked:
            dots = dict(vote.dots_by_cluster)
            counts = [str(dots.get(cid, 0)) for cid in sources] if per_source else []
            rows.append([vote.label, *counts, str(vote.total)])
        self.table(header, rows, weights)
        colours = distinct_colours([self._colour(cid) for cid in sources])
        bars = []
        for vote in ranked:
            dots = dict(vote.dots_by_cluster)
            segments = tuple(Segment(dots.get(c, 0), colour) for c, colour in zip(sources, colours))
            bars.append(Bar(vote.label, segments))
        legend = [LegendEntry(n, colour) for n, colour in zip(names, colours)] if len(sources) > 1 else []
        self.picture(bar_chart_png(bars, legend))

    def _colour(self, cluster_id: int | None) -> str:
        cluster = self.data.cluster(cluster_id)
        return cluster.colour if cluster is not None and cluster.colour else NEUTRAL

    def _aco(self, item: ItemMinutes) -> None:
        stances = [Stance.ACCEPT, Stance.CRITICISE, Stance.OFFER]
        header = [self.tr("Cluster"), self.tr("Accept"), self.tr("Criticise"), self.tr("Offer")]
        order = {c.id: index for index, c in enumerate(self.data.clusters)}
        for proposal in item.aco:
            title = proposal.title or self.tr("Proposal")
            presenter = self.cluster_name(proposal.cluster_id)
            self.heading(f"{title} ({presenter})" if presenter else title, 2)
            responders = sorted(
                dict.fromkeys(r.cluster_id for r in proposal.responses),
                key=lambda cid: order.get(cid, len(order)),
            )
            rows = [
                [self.cluster_name(cid) or self.tr("Plenary")]
                + [[r.text for r in proposal.responses if (r.cluster_id, r.stance) == (cid, s)] for s in stances]
                for cid in responders
            ]
            if rows:
                self.table(header, rows, [0.8, 1.4, 1.4, 1.4])
            else:
                self.nothing_recorded()
