"""HTML as pasted from Word, Outlook or a browser, or saved as a file: its tables as rows, the rest as lines.

Block elements (paragraphs, list items, headings, line breaks) end a line; a list item of an
ordered list keeps its number. Styles, scripts and Word's conditional comments are left out.
Column and row spans keep the other cells in their columns (the spanned places are empty).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from facilitator.domain.programme.reader import SourceLine

_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "table", "ul", "ol", "dt", "dd",
           "blockquote", "pre", "section", "article", "header", "footer", "hr", "caption", "title"}
_SKIPPED = {"style", "script", "head", "template", "noscript", "xml"}
_SPACE = re.compile(r"[ \t\r\n\f]+")
_CF_HTML = re.compile(r"^Version:\d.*?(?=<)", re.DOTALL)


class _Table:
    def __init__(self, number: int) -> None:
        self.number = number
        self.rows: list[list[str]] = []
        self.spans: dict[int, int] = {}  # column → rows still covered by a rowspan above
        self.cell: list[str] | None = None
        self.cell_span = 1


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[SourceLine] = []
        self._text: list[str] = []
        self._skip = 0
        self._tables: list[_Table] = []
        self._count = 0
        self._lists: list[list[int]] = []  # per open list: [ordered, counter]
        self._pre = 0

    # text ---------------------------------------------------------------------------------

    def _sink(self) -> list[str]:
        table = self._tables[-1] if self._tables else None
        return table.cell if table is not None and table.cell is not None else self._text

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self._sink().append(data if self._pre else _SPACE.sub(" ", data))

    def _break(self) -> None:
        sink = self._sink()
        if sink is self._text:
            self._flush()
        else:
            sink.append("\n")

    def _flush(self) -> None:
        text = "".join(self._text)
        self._text = []
        for line in text.split("\n"):
            if line.strip():
                self.lines.append(SourceLine(line.strip(" ")))

    # tags ---------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
            return
        if self._skip:
            return
        values = dict(attrs)
        if tag == "table":
            if self._tables and self._tables[-1].cell is not None:
                self._tables[-1].cell.append("\n")  # a table inside a cell: its text stays in the cell
                self._tables.append(_Table(-1))
                return
            self._flush()
            self._count += 1
            self._tables.append(_Table(self._count))
        elif tag == "tr" and self._tables:
            self._start_row(self._tables[-1])
        elif tag in ("td", "th") and self._tables:
            self._start_cell(self._tables[-1], values)
        elif tag in ("ul", "ol"):
            self._break()
            self._lists.append([tag == "ol", 0])
        elif tag == "li":
            self._break()
            marker = "- "
            if self._lists:
                self._lists[-1][1] += 1
                if self._lists[-1][0]:
                    marker = f"{self._lists[-1][1]}. "
            self._sink().append(marker)
        elif tag == "pre":
            self._break()
            self._pre += 1
        elif tag in _BLOCKS:
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr", "p", "div") and not self._skip:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
            return
        if self._skip:
            return
        if tag == "table" and self._tables:
            table = self._tables.pop()
            if table.number < 0:
                self._end_inner(table)
            else:
                self._end_cell(table)
                self._emit(table)
        elif tag in ("td", "th") and self._tables:
            self._end_cell(self._tables[-1])
        elif tag in ("ul", "ol") and self._lists:
            self._lists.pop()
            self._break()
        elif tag == "pre":
            self._pre = max(0, self._pre - 1)
            self._break()
        elif tag in _BLOCKS and tag != "tr":
            self._break()

    # tables -------------------------------------------------------------------------------

    def _start_row(self, table: _Table) -> None:
        self._end_cell(table)
        if table.number < 0:
            return
        table.rows.append([])
        self._fill_spans(table)

    def _fill_spans(self, table: _Table) -> None:
        row = table.rows[-1]
        while table.spans.get(len(row), 0) > 0:
            table.spans[len(row)] -= 1
            row.append("")

    def _start_cell(self, table: _Table, values: dict[str, str | None]) -> None:
        self._end_cell(table)
        if table.number < 0:
            return
        if not table.rows:
            table.rows.append([])
        self._fill_spans(table)
        table.cell = []
        table.cell_span = _number(values.get("colspan"))
        rows = _number(values.get("rowspan"))
        column = len(table.rows[-1])
        for offset in range(table.cell_span):
            if rows > 1:
                table.spans[column + offset] = rows - 1

    def _end_cell(self, table: _Table) -> None:
        if table.cell is None or table.number < 0:
            return
        text = "\n".join(" ".join(part.split()) for part in "".join(table.cell).split("\n") if part.strip())
        row = table.rows[-1]
        row.append(text)
        row.extend([""] * (table.cell_span - 1))
        table.cell = None
        self._fill_spans(table)

    def _end_inner(self, inner: _Table) -> None:
        if self._tables and self._tables[-1].cell is not None:
            self._tables[-1].cell.append("\n")

    def _emit(self, table: _Table) -> None:
        width = max((len(row) for row in table.rows), default=0)
        for row in table.rows:
            cells = tuple(row + [""] * (width - len(row)))
            self.lines.append(SourceLine(" | ".join(cell for cell in cells if cell), cells, table.number))

    def close(self) -> None:
        super().close()
        while self._tables:
            table = self._tables.pop()
            if table.number > 0:
                self._end_cell(table)
                self._emit(table)
        self._flush()


def _number(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 100))
    except ValueError:
        return 1


def looks_like_html(text: str) -> bool:
    """Markup worth reading as HTML: a table, or a document with block tags."""
    head = text[:4096].lower()
    return ("<table" in text.lower() or head.lstrip().startswith(("<!doctype html", "<html"))
            or bool(re.search(r"<(?:p|div|br|li|td)\b[^>]*>", head)) and "</" in head)


def html_lines(html: str) -> list[SourceLine]:
    """The lines and table rows of an HTML text (Windows clipboard headers are skipped)."""
    reader = _Reader()
    reader.feed(_CF_HTML.sub("", html, count=1))
    reader.close()
    return reader.lines
