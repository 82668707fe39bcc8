"""The shared state and small building blocks (headings, lists, tables) of the minutes' plan.

The part builders subclass :class:`Writer`. Their ``self.tr("...")`` calls are extracted by
``pyside6-lupdate`` with the subclass as context and answered in the workshop's language by
:class:`~facilitator.export.wording.Wording`, so keep translated strings in the subclasses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from facilitator.export.document import (
    DocumentPlan,
    Heading,
    ListBlock,
    ListEntry,
    Paragraph,
    Part,
    Picture,
    Run,
    Runs,
    Style,
    Table,
)
from facilitator.export.minutes.options import MinutesOptions
from facilitator.export.text import heading_line, word_line, word_text
from facilitator.export.wording import Wording
from facilitator.services.reading import WorkshopReading
from facilitator.services.setup import ClusterView

CellText = str | Sequence[str]
"""A table cell as the builders give it: one text, or several paragraphs."""


@dataclass
class Context:
    """What every part builder shares while one plan is built."""

    plan: DocumentPlan
    reading: WorkshopReading
    options: MinutesOptions
    wording: Wording


class Writer:
    """Base of the part builders: translation and the plan's building blocks."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.reading = context.reading
        self.options = context.options
        self.wording = context.wording

    def tr(self, text: str) -> str:
        return self.wording.translate(type(self).__name__, text)

    # --- parts of the overview -----------------------------------------------------------

    def part(self, key: str, title: str) -> Part:
        part = Part(key, heading_line(title)[0])  # named as its heading shows it
        self.context.plan.parts.append(part)
        return part

    def count(self, what: str, n: int = 1) -> None:
        """Tell the overview that the current part shows ``n`` more of ``what``."""
        if self.context.plan.parts:
            self.context.plan.parts[-1].count(what, n)

    # --- blocks --------------------------------------------------------------------------

    def add(self, block: Heading | Paragraph | ListBlock | Table | Picture) -> None:
        self.context.plan.blocks.append(block)

    def heading(self, text: str, level: int) -> None:
        """A heading; a very long text is cut there and follows whole, as a paragraph."""
        shown, cut = heading_line(text)
        self.add(Heading(shown, level))
        if cut:
            self.paragraph(word_line(text), italic=True)

    def paragraph(self, *runs: Run | str, style: Style = Style.BODY, italic: bool = False) -> None:
        self.add(Paragraph(self.runs(*runs, italic=italic), style))

    @staticmethod
    def runs(*parts: Run | str, italic: bool = False) -> Runs:
        """Runs from texts and runs, cleaned, empty ones dropped."""
        made = (Run(p, italic=italic) if isinstance(p, str) else p for p in parts)
        return tuple(Run(word_text(r.text), r.bold, r.italic) for r in made if r.text)

    def paragraphs(self, text: str) -> int:
        """Text with blank lines as separate paragraphs (a pasted description); returns how many."""
        blocks = [b for b in re.split(r"\n[ \t]*\n+", word_text(text).strip("\n")) if b.strip()]
        for block in blocks:
            self.paragraph(block)
        return len(blocks)

    def labelled(self, label: str, text: str, *, style: Style = Style.BODY) -> None:
        """``Label: text`` with the label in bold, as the seeds write "Spørgsmål:" and "Svar:"."""
        if text:
            self.paragraph(Run(label, bold=True), " " + text, style=style)
        else:  # a label over what follows: kept with it
            self.paragraph(Run(label, bold=True), style=Style.LABEL)

    def bullets(self, entries: Iterable[Runs | str]) -> None:
        self.list_block(False, ((entry, 0) for entry in entries))

    def list_block(self, numbered: bool, entries: Iterable[tuple[Runs | str, int]]) -> None:
        made = tuple(
            ListEntry(self.runs(runs) if isinstance(runs, str) else self.runs(*runs), level)
            for runs, level in entries
        )
        if made:
            self.add(ListBlock(numbered, made))

    def table(self, header: Sequence[str], rows: Sequence[Sequence[CellText]],
              weights: Sequence[float] | None = None) -> None:
        """A table; ``weights`` share the text width between the columns (equal when omitted)."""
        cells = tuple(
            tuple((word_text(value),) if isinstance(value, str) else tuple(word_text(v) for v in value)
                  for value in row)
            for row in rows
        )
        self.add(Table(tuple(word_line(h) for h in header), cells,
                       tuple(weights or [1.0] * len(header))))

    def picture(self, data: bytes, width: float = 1.0, caption: str = "") -> None:
        self.add(Picture(data, width, word_line(caption)))

    # --- names ---------------------------------------------------------------------------

    @staticmethod
    def cluster_label(cluster: ClusterView) -> str:
        """``Klynge Syd (Mariagerfjord, Vesthimmerland, Rebild)``, as the seeds head each list."""
        return cluster.label

    def cluster_name(self, cluster_id: int | None) -> str:
        cluster = self.reading.cluster(cluster_id)
        return cluster.name if cluster is not None else ""

    def cluster_order(self) -> dict[int | None, int]:
        return {c.id: index for index, c in enumerate(self.reading.clusters)}

    def nothing_recorded(self) -> None:
        text = QT_TRANSLATE_NOOP("Writer", "Nothing was recorded.")
        self.paragraph(self.wording.translate("Writer", text), italic=True)
