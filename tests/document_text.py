"""The text of a Word file and of a QTextDocument read the same way, to compare the two writers.

Each is read as lines of (kind, marker, text): ``h1``/``h2`` for headings, ``p`` for paragraphs,
``li`` for list entries with the number or bullet a reader sees ("1.", "a)", "-"), ``cell`` for
table cells. Empty lines (the spacer after a table, a picture's own paragraph) are left out.
"""

from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn
from PySide6.QtGui import QTextCursor, QTextDocument, QTextListFormat

Line = tuple[str, str, str]

_ROMAN = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _format(fmt: str, n: int) -> str:
    if fmt == "decimal":
        return str(n)
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "lowerRoman":
        return _roman(n)
    return "-"


def docx_lines(data: bytes) -> list[Line]:
    document = docx.Document(io.BytesIO(data))
    numbering = document.part.numbering_part.element
    formats: dict[int, dict[int, tuple[str, str]]] = {}
    for num in numbering.num_lst:
        abstract_id = num.abstractNumId.val
        abstract = next(a for a in numbering.findall(qn("w:abstractNum"))
                        if int(a.get(qn("w:abstractNumId"))) == abstract_id)
        formats[num.numId] = {
            int(lvl.get(qn("w:ilvl"))): (lvl.find(qn("w:numFmt")).get(qn("w:val")),
                                        lvl.find(qn("w:lvlText")).get(qn("w:val")))
            for lvl in abstract.findall(qn("w:lvl"))
        }
    counters: dict[int, list[int]] = {}
    lines: list[Line] = []
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            paragraph = docx.text.paragraph.Paragraph(child, document._body)
            text = paragraph.text.strip()
            if not text:
                continue
            style = paragraph.style.name if paragraph.style is not None else ""
            num_pr = child.pPr.numPr if child.pPr is not None else None
            if style.startswith("Heading"):
                lines.append(("h" + style.split()[-1], "", text))
            elif num_pr is not None:
                num_id, level = num_pr.numId.val, num_pr.ilvl.val
                count = counters.setdefault(num_id, [0, 0, 0])
                count[level] += 1
                count[level + 1:] = [0] * (2 - level)
                fmt, pattern = formats[num_id][level]
                marker = "-" if fmt == "bullet" else pattern.replace(f"%{level + 1}", _format(fmt, count[level]))
                lines.append(("li", marker, text))
            else:
                lines.append(("p", "", text))
        elif child.tag == qn("w:tbl"):
            table = docx.table.Table(child, document._body)
            for row in table.rows:
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        if paragraph.text.strip():
                            lines.append(("cell", "", paragraph.text.strip()))
    return lines


_BULLETS = {QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle, QTextListFormat.Style.ListSquare}


def qt_lines(document: QTextDocument) -> list[Line]:
    lines: list[Line] = []
    block = document.begin()
    while block.isValid():
        text = block.text().replace("\u2028", "\n").replace("\ufffc", "").strip()  # a picture
        if text:
            text_list = block.textList()
            if QTextCursor(block).currentTable() is not None:
                lines.append(("cell", "", text))
            elif block.blockFormat().headingLevel():
                lines.append((f"h{block.blockFormat().headingLevel()}", "", text))
            elif text_list is not None:
                bullet = text_list.format().style() in _BULLETS
                lines.append(("li", "-" if bullet else text_list.itemText(block), text))
            else:
                lines.append(("p", "", text))
        block = block.next()
    return lines
