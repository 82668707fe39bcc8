"""The minute-taker's prose for one agenda item, as structured data rather than markup.

Notes are a sequence of blocks: paragraphs of spans (plain or bold), bulleted or numbered lists
(three levels) and speaker blocks naming who spoke ("Christian Harsløf, kontorchef, KL"). They are
stored as JSON, so nothing from the clipboard (HTML, styles, scripts) ever reaches the file or the
minutes, and both document writers render the same structure. Loading never fails: text that is
not notes JSON (an older or damaged value) becomes plain paragraphs, so nothing typed is lost.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from facilitator.domain.text import clean_line, clean_text

FORMAT_VERSION = 1
MAX_LEVEL = 2
"""List levels 0..2: item, sub-point, sub-sub-point (what Word's lists here define)."""


@dataclass(frozen=True)
class Span:
    """A stretch of text with one emphasis; ``\\n`` inside is a line break within the block."""

    text: str
    bold: bool = False


@dataclass(frozen=True)
class Paragraph:
    spans: tuple[Span, ...] = ()

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)


@dataclass(frozen=True)
class ListEntry:
    spans: tuple[Span, ...] = ()
    level: int = 0

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)


@dataclass(frozen=True)
class ListBlock:
    """Consecutive list entries; a numbered list counts from 1 at every level."""

    numbered: bool
    entries: tuple[ListEntry, ...] = ()


@dataclass(frozen=True)
class Speaker:
    """Who speaks next: shown in bold as "name, role, organisation" above their paragraphs."""

    name: str
    role: str = ""
    organisation: str = ""

    @property
    def label(self) -> str:
        return ", ".join(part for part in (self.name, self.role, self.organisation) if part.strip())


Block = Paragraph | ListBlock | Speaker


@dataclass(frozen=True)
class Notes:
    blocks: tuple[Block, ...] = field(default=())

    def is_empty(self) -> bool:
        return not self.plain_text().strip()

    def plain_text(self) -> str:
        """The notes as plain lines (lists with "- " / "1. "), for search and plain-text copies."""
        lines: list[str] = []
        for block in self.blocks:
            if isinstance(block, Speaker):
                lines.append(block.label)
            elif isinstance(block, Paragraph):
                lines.append(block.text)
            else:
                counters = [0] * (MAX_LEVEL + 1)
                for entry in block.entries:
                    counters[entry.level] += 1
                    counters[entry.level + 1 :] = [0] * (MAX_LEVEL - entry.level)
                    marker = f"{counters[entry.level]}." if block.numbered else "-"
                    lines.append("  " * entry.level + f"{marker} {entry.text}")
        return "\n".join(lines)

    def to_json(self) -> str:
        return json.dumps({"version": FORMAT_VERSION, "blocks": [_dump(b) for b in self.blocks]},
                          ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Notes:
        """Notes from stored JSON; anything else is kept as plain paragraphs."""
        if not text.strip():
            return cls()
        try:
            data = json.loads(text)
            blocks = data["blocks"]
            if not isinstance(blocks, list):
                raise TypeError("blocks is not a list")
            return normalised(tuple(_load(block) for block in blocks))
        except (ValueError, TypeError, KeyError, AttributeError):
            return cls.from_plain_text(text)

    @classmethod
    def from_plain_text(cls, text: str) -> Notes:
        """One paragraph per non-blank line; the markup of plain lists stays as typed."""
        return normalised(tuple(Paragraph((Span(line),)) for line in clean_text(text).split("\n")))


def spans(*parts: str | tuple[str, bool]) -> tuple[Span, ...]:
    """``spans("Oplæg: ", ("vigtigt", True))``: a shorthand for code and tests."""
    return tuple(Span(p) if isinstance(p, str) else Span(p[0], p[1]) for p in parts)


def merge_spans(items: tuple[Span, ...] | list[Span]) -> tuple[Span, ...]:
    """Neighbouring spans of the same emphasis joined, empty ones dropped, text cleaned."""
    merged: list[Span] = []
    for span in items:
        text = clean_text(span.text)
        if not text:
            continue
        if merged and merged[-1].bold == span.bold:
            merged[-1] = Span(merged[-1].text + text, span.bold)
        else:
            merged.append(Span(text, span.bold))
    return tuple(merged)


def normalised(blocks: tuple[Block, ...] | list[Block]) -> Notes:
    """Blank paragraphs and empty entries dropped, neighbouring lists of one kind joined,
    levels kept within 0..MAX_LEVEL, spans merged: one value per meaning, so equal notes
    compare equal and a save that changes nothing writes nothing."""
    result: list[Block] = []
    for block in blocks:
        if isinstance(block, Speaker):
            speaker = Speaker(clean_line(block.name), clean_line(block.role), clean_line(block.organisation))
            if speaker.label:
                result.append(speaker)
        elif isinstance(block, Paragraph):
            kept = _trimmed(merge_spans(block.spans))
            if kept:
                result.append(Paragraph(kept))
        else:
            entries = tuple(
                ListEntry(kept, max(0, min(MAX_LEVEL, entry.level)))
                for entry in block.entries
                if (kept := _trimmed(merge_spans(entry.spans)))
            )
            if not entries:
                continue
            previous = result[-1] if result else None
            if isinstance(previous, ListBlock) and previous.numbered == block.numbered:
                result[-1] = ListBlock(block.numbered, previous.entries + entries)
            else:
                result.append(ListBlock(block.numbered, entries))
    return Notes(tuple(result))


def _trimmed(items: tuple[Span, ...]) -> tuple[Span, ...]:
    """Spans without leading and trailing white space (inner spacing is kept)."""
    if not items or not "".join(s.text for s in items).strip():
        return ()
    first, last = items[0], items[-1]
    trimmed = list(items)
    trimmed[0] = Span(first.text.lstrip(), first.bold)
    trimmed[-1] = Span(trimmed[-1].text.rstrip(), last.bold)
    return tuple(s for s in trimmed if s.text)


def _dump_spans(items: tuple[Span, ...]) -> list[dict[str, Any]]:
    return [{"text": s.text, "bold": True} if s.bold else {"text": s.text} for s in items]


def _dump(block: Block) -> dict[str, Any]:
    if isinstance(block, Speaker):
        return {"type": "speaker", "name": block.name, "role": block.role, "organisation": block.organisation}
    if isinstance(block, Paragraph):
        return {"type": "paragraph", "spans": _dump_spans(block.spans)}
    return {
        "type": "list",
        "numbered": block.numbered,
        "entries": [{"level": e.level, "spans": _dump_spans(e.spans)} for e in block.entries],
    }


def _load_spans(items: Any) -> tuple[Span, ...]:
    return tuple(Span(str(item["text"]), bool(item.get("bold", False))) for item in items)


def _load(data: dict[str, Any]) -> Block:
    kind = data["type"]
    if kind == "speaker":
        return Speaker(str(data.get("name", "")), str(data.get("role", "")), str(data.get("organisation", "")))
    if kind == "list":
        return ListBlock(
            bool(data.get("numbered", False)),
            tuple(ListEntry(_load_spans(e["spans"]), int(e.get("level", 0))) for e in data["entries"]),
        )
    return Paragraph(_load_spans(data.get("spans", [])))
