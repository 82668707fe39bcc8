"""A document as a plan of blocks, built once and written by more than one writer.

The minutes are planned as headings, paragraphs, lists, tables and pictures, independent of any
file format; the Word writer and the Qt writer (live preview, PDF) turn the same plan into their
documents, so what the preview shows is what Word shows. Texts here are already cleaned for
every format (:func:`facilitator.export.docx_text.word_text`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True)
class Run:
    """Text in one emphasis; ``\\n`` is a line break, ``\\t`` a tab."""

    text: str
    bold: bool = False
    italic: bool = False


Runs = tuple[Run, ...]


def paragraph_lines(runs: Runs) -> list[Runs]:
    """``runs`` cut at their line breaks: the runs of each non-blank line (at least one line).

    Both writers give each line a paragraph of its own: one paragraph of thousands of breaks (a
    1 MB pasted field) takes LibreOffice minutes to lay out; as paragraphs it is a long document
    like any other.
    """
    lines: list[list[Run]] = [[]]
    for run in runs:
        for index, piece in enumerate(run.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
            if index:
                lines.append([])
            if piece:
                lines[-1].append(Run(piece, run.bold, run.italic))
    kept = [tuple(line) for line in lines if any(part.text.strip() for part in line)]
    return kept or [()]


class Style(StrEnum):
    BODY = "body"
    TITLE = "title"
    SUBTITLE = "subtitle"
    COMPACT = "compact"  # title block lines: no space between them (Word's "No Spacing")
    LABEL = "label"  # a label over what follows ("Bilag:", a cluster over its people): kept with it


@dataclass(frozen=True)
class Heading:
    text: str
    level: int  # 1: an agenda item or a part of the minutes, 2: a cluster, themes, a vote


@dataclass(frozen=True)
class Paragraph:
    runs: Runs
    style: Style = Style.BODY

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class ListEntry:
    runs: Runs
    level: int = 0  # 0..2

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class ListBlock:
    """One list; a numbered list starts again at 1 (and a), i.) at every level."""

    numbered: bool
    entries: tuple[ListEntry, ...]


Cell = tuple[str, ...]
"""A table cell: its paragraphs."""


@dataclass(frozen=True)
class Table:
    """A table whose first row is a header repeated on every page; rows never split."""

    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    weights: tuple[float, ...]  # share of the text width per column


@dataclass(frozen=True)
class Picture:
    """An image as PNG or JPEG bytes, ``width`` a share of the text width (0–1]."""

    data: bytes
    width: float = 1.0
    caption: str = ""


Block = Heading | Paragraph | ListBlock | Table | Picture


@dataclass
class Part:
    """A part of the document as the Referat overview lists it, with what it holds.

    ``key`` names the kind of part ("participants", "programme", "item", …) for the overview's
    own wording; ``title`` is the heading as the document prints it.
    """

    key: str
    title: str
    counts: dict[str, int] = field(default_factory=dict)

    def count(self, what: str, n: int = 1) -> None:
        if n:
            self.counts[what] = self.counts.get(what, 0) + n


@dataclass
class DocumentPlan:
    """Everything a writer needs: the blocks in order and the document's own properties."""

    title: str = ""
    subject: str = ""
    author: str = ""
    language: str = "da-DK"  # BCP 47, for proofing and the PDF's metadata
    footer: str = "{page}/{pages}"  # "Side {page} af {pages}": the writers fill in the numbers
    blocks: list[Block] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)

    def headings(self) -> list[Heading]:
        return [block for block in self.blocks if isinstance(block, Heading)]
