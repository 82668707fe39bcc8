"""A Word document (.docx): its paragraphs and table rows in document order, as an invitation holds them.

Automatic list numbers (which are not part of a paragraph's text) are written in front of the
paragraph ("1. ", "- ") so numbered programmes read as they look. Merged cells keep the other
cells in their columns; text boxes, headers and footers are not read.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from facilitator.domain.programme.reader import SourceLine

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _text(paragraph: Any) -> str:
    """The visible text of a ``w:p`` element: runs, tabs and breaks."""
    parts: list[str] = []
    for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}delText"):
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}tab":
            parts.append("\t")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    return "".join(parts)


class _Numbering:
    """Counters for automatic list numbers, read from the document's numbering definitions."""

    def __init__(self, document: Any) -> None:
        self._formats: dict[tuple[str, str], str] = {}
        self._counts: dict[tuple[str, str], int] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {}
        for node in numbering.findall(f"{_W}abstractNum"):
            levels = {lvl.get(f"{_W}ilvl"): lvl.find(f"{_W}numFmt") for lvl in node.findall(f"{_W}lvl")}
            abstract[node.get(f"{_W}abstractNumId")] = {
                level: (fmt.get(f"{_W}val") if fmt is not None else "decimal") for level, fmt in levels.items()
            }
        for num in numbering.findall(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is not None:
                for level, fmt in abstract.get(ref.get(f"{_W}val"), {}).items():
                    self._formats[(num.get(f"{_W}numId"), level)] = fmt or "decimal"

    def label(self, num_id: str, level: str) -> str:
        fmt = self._formats.get((num_id, level), "bullet")
        if fmt in ("bullet", "none"):
            return "- "
        key = (num_id, level)
        self._counts[key] = self._counts.get(key, 0) + 1
        return f"{self._counts[key]}. "


def _list_of(paragraph: Any, styles: dict[str, Any]) -> tuple[str, str] | None:
    props = paragraph.find(f"{_W}pPr")
    numbering = props.find(f"{_W}numPr") if props is not None else None
    if numbering is None and props is not None:
        style = props.find(f"{_W}pStyle")
        style_props = styles.get(style.get(f"{_W}val")) if style is not None else None
        numbering = style_props.find(f"{_W}numPr") if style_props is not None else None
    if numbering is None:
        return None
    num = numbering.find(f"{_W}numId")
    level = numbering.find(f"{_W}ilvl")
    if num is None or num.get(f"{_W}val") == "0":
        return None
    return num.get(f"{_W}val"), level.get(f"{_W}val") if level is not None else "0"


def _styles(document: Any) -> dict[str, Any]:
    found: dict[str, Any] = {}
    try:
        for style in document.styles.element.findall(f"{_W}style"):
            props = style.find(f"{_W}pPr")
            if props is not None:
                found[style.get(f"{_W}styleId")] = props
    except (KeyError, AttributeError):
        pass
    return found


def _rows(table: Any) -> Iterator[tuple[str, ...]]:
    for row in table.iter(f"{_W}tr"):
        if row.getparent() is not table:
            continue
        cells: list[str] = []
        for cell in row.findall(f"{_W}tc"):
            props = cell.find(f"{_W}tcPr")
            span = props.find(f"{_W}gridSpan") if props is not None else None
            merged = props.find(f"{_W}vMerge") if props is not None else None
            continued = merged is not None and merged.get(f"{_W}val", "continue") == "continue"
            text = "" if continued else "\n".join(
                t for t in (_text(p).strip() for p in cell.iter(f"{_W}p")) if t)
            cells.append(text)
            cells.extend([""] * (int(span.get(f"{_W}val", "1")) - 1 if span is not None else 0))
        yield tuple(cells)


def _blocks(parent: Any) -> Iterator[Any]:
    """Paragraphs and tables in order, also inside content controls (``w:sdt``)."""
    for child in parent.iterchildren():
        if child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _blocks(content)
        else:
            yield child


def word_lines(data: bytes) -> list[SourceLine]:
    """Paragraphs and table rows of a .docx; raises ``ValueError`` when it cannot be opened."""
    from docx import Document  # loaded only when a document is read
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as error:
        raise ValueError(str(error)) from error
    except Exception as error:  # lxml and zipfile raise their own types for damaged files
        raise ValueError(str(error)) from error
    numbering = _Numbering(document)
    styles = _styles(document)
    lines: list[SourceLine] = []
    tables = 0
    for block in _blocks(document.element.body):
        if block.tag == f"{_W}p":
            text = _text(block)
            listed = _list_of(block, styles)
            if listed is not None and text.strip():
                text = numbering.label(*listed) + text.strip()
            lines.extend(SourceLine(part) for part in text.split("\n"))
        elif block.tag == f"{_W}tbl":
            tables += 1
            for cells in _rows(block):
                lines.append(SourceLine(" | ".join(c for c in cells if c), cells, tables))
            lines.append(SourceLine(""))
    return lines
