"""The minute-taker's notes of an item as blocks of the minutes (seed 001's prose).

A speaker block is the bold line "Christian Harsløf, kontorchef, KL…" that the speaker's
paragraphs follow; paragraphs keep their bold; lists keep their kind and levels.
"""

from __future__ import annotations

from facilitator.domain.notes import ListBlock, Notes, Paragraph, Span, Speaker
from facilitator.export.document import Run, Style
from facilitator.export.minutes.planner import Writer

_ENDS_SENTENCE = (".", ":", "…", "!", "?")


def speaker_line(speaker: Speaker) -> str:
    """The speaker's bold line as the seeds write it: name, role, organisation, then "…"."""
    label = speaker.label
    return label if label.endswith(_ENDS_SENTENCE) else label + "\u2026"


def _runs(spans: tuple[Span, ...]) -> tuple[Run, ...]:
    return tuple(Run(span.text, bold=span.bold) for span in spans)


class ProseWriter(Writer):
    """Plans one item's notes; the overview counts their paragraphs and speakers."""

    def write(self, notes: Notes) -> bool:
        """Plan ``notes``; returns whether there was anything to show."""
        if notes.is_empty():
            return False
        for block in notes.blocks:
            if isinstance(block, Speaker):
                self.count("speakers")
                self.paragraph(Run(speaker_line(block), bold=True), style=Style.LABEL)
            elif isinstance(block, Paragraph):
                self.count("paragraphs")
                self.paragraph(*_runs(block.spans))
            elif isinstance(block, ListBlock):
                self.count("paragraphs", len(block.entries))
                self.list_block(block.numbered, ((_runs(e.spans), e.level) for e in block.entries))
        return True
