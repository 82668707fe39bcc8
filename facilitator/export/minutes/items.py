"""One section per agenda item: notes, Q&A, cluster lists, themes, votes, ACO, bilag.

The order follows the seeds: the minute-taker's prose first, then the questions and answers, the
lists, the plenary's themes, the vote and the attachments ("Bilag:") the item ends with.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from facilitator.domain.kinds import ContributionKind, Stance
from facilitator.domain.outline import walk
from facilitator.export.charts import NEUTRAL, Bar, LegendEntry, Segment, bar_chart_png, distinct_colours
from facilitator.export.document import Run, Style
from facilitator.export.minutes.bilag import Bilag
from facilitator.export.minutes.planner import Writer
from facilitator.export.minutes.prose import ProseWriter
from facilitator.export.minutes.sections import PlannedSection
from facilitator.services.capture import ContributionView
from facilitator.services.reading import ItemReading
from facilitator.services.voting import Tally

MAX_VOTE_COLUMNS = 4
"""More sources than this and the vote table stacks each option's dots per cluster in one cell
(five to eight clusters stay readable in portrait); the chart still shows each cluster."""

QA_KINDS = (ContributionKind.QUESTION, ContributionKind.ANSWER)


def without_label(text: str, label: str) -> str:
    """``text`` without a leading ``label`` word the user typed already ("Beslutning: …")."""
    word = label.rstrip(":").strip()
    if not word or not text[: len(word)].casefold() == word.casefold():
        return text
    rest = text[len(word):]
    if rest and not (rest[0] in ":." or rest[0].isspace()):
        return text  # "Beslutningen …" is a different word
    return rest.lstrip(":. \t") or text


class ItemSections(Writer):
    """Plans the section of one agenda item."""

    def heading_text(self, entry: ItemReading) -> str:
        item = entry.item
        title = item.title or self.tr("Untitled item")
        if item.presenter.strip():
            return self.tr("{number}. {title} – {presenter}").format(
                number=entry.number, title=title, presenter=item.presenter
            )
        return self.tr("{number}. {title}").format(number=entry.number, title=title)

    def write(self, section: PlannedSection) -> None:
        entry = section.item
        heading = self.heading_text(entry)
        self.part("item", heading)
        self.heading(heading, 1)
        if not ProseWriter(self.context).write(entry.notes) and entry.item.description.strip():
            self.paragraphs(entry.item.description)
        known = {c.id for c in self.reading.clusters}
        plenary = [c for c in entry.contributions if c.cluster_id not in known]
        questions = [c for c, depth in walk(plenary) if depth == 0 and c.kind in QA_KINDS]
        self._qa(plenary, questions)
        for prompt in entry.item.all_prompts():  # the question asked, above what was answered
            self.labelled(prompt, "")
        by_cluster: dict[int | None, list[ContributionView]] = {}
        for contribution in entry.contributions:
            by_cluster.setdefault(contribution.cluster_id, []).append(contribution)
        clusters = [c for c in self.reading.clusters if c.id in by_cluster]
        self.count("clusters", len(clusters))
        for cluster in clusters:
            self.heading(self.cluster_label(cluster), 2)
            self._group(entry, by_cluster[cluster.id], numbered=True)
        asked = {c.id for c in questions}
        rest = [c for c, _depth in walk(plenary) if not self._under(c, asked, plenary)]
        if rest:
            if clusters:
                self.heading(self.tr("In plenary"), 2)
            self._group(entry, rest, numbered=False)
        self._themes(entry)
        self._votes(entry.tallies)
        self._aco(entry)
        if entry.attachments:
            self.count("attachments", len(entry.attachments))
            self.labelled(self.tr("Attachments:"), "")
            Bilag(self.context).write(entry.attachments)

    @staticmethod
    def _under(line: ContributionView, roots: set[int], lines: list[ContributionView]) -> bool:
        """Whether ``line`` is one of ``roots`` or below one of them."""
        parents = {c.id: c.parent_id for c in lines}
        seen: set[int] = set()
        current: int | None = line.id
        while current is not None and current not in seen:
            if current in roots:
                return True
            seen.add(current)
            current = parents.get(current)
        return False

    # --- questions and answers -------------------------------------------------------------

    def _qa(self, plenary: list[ContributionView], questions: list[ContributionView]) -> None:
        """Each question with its answer below it, as the seeds write "Spørgsmål:" / "Svar:"."""
        if not questions:
            return
        tree = walk(plenary)
        for question in questions:
            if question.kind == ContributionKind.QUESTION:
                self.count("questions")
            self._labelled_line(question)
            pending: list[tuple[tuple[Run, ...], int]] = []
            for line, depth in self._subtree(tree, question):
                if depth == 1 and line.kind == ContributionKind.ANSWER:
                    self.list_block(False, pending)
                    pending = []
                    self._labelled_line(line)
                else:
                    pending.append((self._line_runs(line), depth - 1))
            self.list_block(False, pending)

    @staticmethod
    def _subtree(tree: list[tuple[ContributionView, int]], root: ContributionView) -> list[tuple[ContributionView, int]]:
        """The lines below ``root`` in ``tree`` (reading order, with their depth)."""
        start = next(i for i, (c, _d) in enumerate(tree) if c.id == root.id)
        base = tree[start][1]
        below = []
        for line, depth in tree[start + 1:]:
            if depth <= base:
                break
            below.append((line, depth - base))
        return below

    def _labelled_line(self, line: ContributionView) -> None:
        label = self._label(line.kind)
        if label:
            self.labelled(label, self._text(line, label))
        else:
            self.paragraph(self._text(line, ""))

    # --- lines -----------------------------------------------------------------------------

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
    def _text(line: ContributionView, label: str) -> str:
        text = without_label(line.text, label) if label else line.text
        author = line.author.strip()
        return f"{text} ({author})" if author else text

    def _line_runs(self, line: ContributionView) -> tuple[Run, ...]:
        label = self._label(line.kind)
        text = self._text(line, label)
        return (Run(label + " ", bold=True), Run(text)) if label else (Run(text),)

    def _group(self, entry: ItemReading, lines: list[ContributionView], *, numbered: bool) -> None:
        self.count("lines", len(lines))
        if entry.item.columns:
            self._columns(entry.item.columns, lines)
        elif numbered:
            self.list_block(True, ((self._line_runs(c), depth) for c, depth in walk(lines)))
        else:
            self._plenary(lines)

    def _plenary(self, lines: list[ContributionView]) -> None:
        """Notes as paragraphs, decisions labelled, ideas and sub-points as bullets."""
        pending: list[tuple[tuple[Run, ...], int]] = []
        for line, depth in walk(lines):
            if depth == 0 and line.kind != ContributionKind.IDEA:
                self.list_block(False, pending)
                pending = []
                label = self._label(line.kind)
                if label:
                    self.labelled(label, self._text(line, label))
                else:
                    self.paragraphs(self._text(line, ""))
                continue
            pending.append((self._line_runs(line), depth))
        self.list_block(False, pending)

    def _columns(self, labels: Sequence[str], lines: list[ContributionView]) -> None:
        """A two- (or more-) column item, e.g. "Hvad skal vi holde op med / fortsætte med"."""
        columns: list[list[str]] = [[] for _ in labels]
        for line, depth in walk(lines):
            index = min(max(line.column_index, 0), len(labels) - 1)
            label = self._label(line.kind)
            columns[index].append("\u2013 " * depth + (label + " " if label else "") + self._text(line, label))
        rows = max(len(column) for column in columns)
        self.table(labels, [[column[r] if r < len(column) else "" for column in columns] for r in range(rows)])

    # --- themes, votes, accept-criticise-offer ---------------------------------------------

    def _themes(self, entry: ItemReading) -> None:
        if not entry.themes:
            return
        self.count("themes", len(entry.themes))
        self.heading(self.tr("Plenary summary"), 2)
        order = self.cluster_order()
        items = []
        for theme in entry.themes:
            sources = sorted((c for c in theme.cluster_ids if c is not None), key=lambda cid: order.get(cid, len(order)))
            names = ", ".join(n for n in (self.cluster_name(cid) for cid in sources) if n)
            runs = [Run(theme.title or self.tr("Untitled theme"))]
            if names:
                runs.append(Run(" (" + names + ")", italic=True))
            items.append((tuple(runs), 0))
        self.list_block(False, items)

    def _votes(self, tallies: Sequence[Tally]) -> None:
        if not tallies:
            return
        self.count("options", len(tallies))
        self.heading(self.tr("Vote"), 2)
        ranked = sorted(tallies, key=lambda t: -t.total)
        order = self.cluster_order()
        sources = sorted(dict.fromkeys(cid for t in ranked for cid, _dots in t.dots_by_cluster),
                         key=lambda cid: order.get(cid, len(order)))
        names = [self.cluster_name(cid) or self.tr("Room") for cid in sources]
        if len(sources) > MAX_VOTE_COLUMNS:  # stacked: one cell lists each cluster's dots
            header = [self.tr("Option"), self.tr("Dots"), self.tr("By cluster")]
            rows = [[t.label, str(t.total), [f"{name}: {dots}" for name, cid in zip(names, sources)
                                             if (dots := dict(t.dots_by_cluster).get(cid, 0))]]
                    for t in ranked]
            self.table(header, rows, [3.0, 1.0, 2.4])
        else:
            per_source = len(sources) > 1
            header = [self.tr("Option"), *(names if per_source else []), self.tr("Dots")]
            weights = [3.0, *([1.0] * len(names) if per_source else []), 1.4]  # "Stemmer" unbroken
            rows = []
            for t in ranked:
                dots = dict(t.dots_by_cluster)
                counts = [str(dots.get(cid, 0)) for cid in sources] if per_source else []
                rows.append([t.label, *counts, str(t.total)])
            self.table(header, rows, weights)
        colours = distinct_colours([self._colour(cid) for cid in sources])
        bars = [Bar(t.label, tuple(Segment(dict(t.dots_by_cluster).get(c, 0), colour)
                                   for c, colour in zip(sources, colours)))
                for t in ranked]
        legend = [LegendEntry(n, colour) for n, colour in zip(names, colours)] if len(sources) > 1 else []
        self.picture(bar_chart_png(bars, legend))

    def _colour(self, cluster_id: int | None) -> str:
        cluster = self.reading.cluster(cluster_id)
        return cluster.colour if cluster is not None and cluster.colour else NEUTRAL

    def _aco(self, entry: ItemReading) -> None:
        stances = [Stance.ACCEPT, Stance.CRITICISE, Stance.OFFER]
        header = [self.tr("Cluster"), self.tr("Accept"), self.tr("Criticise"), self.tr("Offer")]
        order = self.cluster_order()
        self.count("proposals", len(entry.proposals))
        for found in entry.proposals:
            proposal = found.proposal
            title = proposal.title or self.tr("Proposal")
            presenter = self.cluster_name(proposal.cluster_id)
            self.heading(f"{title} ({presenter})" if presenter else title, 2)
            responders = sorted(found.responders(), key=lambda cid: order.get(cid, len(order)))
            rows = [[self.cluster_name(cid) or self.tr("Plenary"), *(found.texts(cid, s) for s in stances)]
                    for cid in responders]
            if rows:
                self.table(header, rows, [1.1, 1.4, 1.4, 1.4])  # "Klynge Himmerland" whole
            else:
                self.nothing_recorded()
