"""Pasted text and HTML turned into :class:`~facilitator.domain.notes.Notes`.

Only paragraphs, line breaks, bold and lists survive a paste; fonts, colours, links, images,
tables' grid, scripts and styles are dropped. HTML from Word (whose lists are paragraphs marked
``mso-list`` with the bullet in a ``mso-list:Ignore`` span), LibreOffice, Google Docs (which wraps
everything in ``<b style="font-weight:normal">``), browsers and Qt itself is understood. Plain
text keeps its lines; lines starting with "- ", "• ", "1. " or "a) " become list entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from facilitator.domain.notes import (
    MAX_LEVEL,
    Block,
    ListBlock,
    ListEntry,
    Notes,
    Paragraph,
    Span,
    normalised,
)
from facilitator.domain.text import clean_text

_BULLET = re.compile(r"^(?P<indent>[ \t]*)(?:[-*•·–○▪◦]|o(?= ))[ \t]+(?P<text>.*)$")
_NUMBER = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>\d{1,3}|[a-zA-Z])[.)][ \t]+(?P<text>\S.*)$")
_ORDINAL_MARK = re.compile(r"^\s*(\d+|[a-zA-Z]|[ivxlcIVXLC]+)[.)]")
_WS = re.compile(r"[ \t\r\n\f\v\xa0]+")

_SKIPPED = {"script", "style", "head", "title", "template", "noscript", "svg", "math", "object", "iframe", "xml"}
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "address", "section",
           "article", "header", "footer", "dt", "dd", "td", "th", "caption", "figcaption", "hr", "center"}
_BOLD_TAGS = {"b", "strong", "h1", "h2", "h3", "h4", "h5", "h6", "th"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "param", "source", "wbr"}


def notes_from_plain_text(text: str) -> Notes:
    """Lines as paragraphs; bulleted and numbered lines as lists, indentation as levels."""
    blocks: list[Block] = []
    pending: list[tuple[int, bool, str]] = []  # (indent width, numbered, text) of a run of list lines

    def flush() -> None:
        if not pending:
            return
        widths = sorted({width for width, _n, _t in pending})
        for width, numbered, text in pending:
            level = min(widths.index(width), MAX_LEVEL)
            blocks.append(ListBlock(numbered, (ListEntry((Span(text),), level),)))
        pending.clear()

    for line in clean_text(text).split("\n"):
        match = _NUMBER.match(line) or _BULLET.match(line)
        if match is None:
            flush()
            blocks.append(Paragraph((Span(line),)))
            continue
        indent = match.group("indent").replace("\t", "    ")
        pending.append((len(indent), match.re is _NUMBER, match.group("text")))
    flush()
    return normalised(blocks)


def notes_from_html(html: str) -> Notes:
    """The paragraphs, bold and lists of pasted HTML; everything else is dropped."""
    parser = _NotesParser()
    parser.feed(html)
    parser.close()
    return parser.notes()


@dataclass
class _Open:
    """An element still open while parsing: what it started and how it styles its text."""

    tag: str
    bold: bool
    skip: bool = False
    marker: bool = False  # Word's "mso-list:Ignore" span: the list's own bullet or number
    starts_block: bool = False


@dataclass
class _Pending:
    """The block being filled: a paragraph, or a list entry when ``level`` is set."""

    spans: list[Span] = field(default_factory=list)
    level: int | None = None
    numbered: bool = False
    marker: str = ""


class _NotesParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._stack: list[_Open] = []
        self._lists: list[bool] = []  # open <ul>/<ol>: numbered?
        self._blocks: list[Block] = []
        self._current = _Pending()
        self._pre = 0

    # --- the element stack ------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        style = _style(attrs)
        parent_bold = self._stack[-1].bold if self._stack else False
        if tag == "br":
            self._text("\n", raw=True)
            return
        if tag in _VOID:
            if tag == "hr":
                self._end_block()
            return
        opened = _Open(tag, _bold(tag, style, parent_bold))
        opened.skip = tag in _SKIPPED or (self._stack and self._stack[-1].skip) or "display:none" in style
        opened.marker = "mso-list:ignore" in style or bool(self._stack and self._stack[-1].marker)
        if not opened.skip:
            self._open_structure(tag, style, attrs, opened)
        self._stack.append(opened)

    def _open_structure(self, tag: str, style: str, attrs: list[tuple[str, str | None]], opened: _Open) -> None:
        if tag in ("ul", "ol"):
            self._end_block()
            numbered = tag == "ol" and "list-style-type:disc" not in style and "list-style-type:none" not in style
            self._lists.append(numbered or "list-style-type:decimal" in style)
        elif tag == "li":
            self._end_block()
            level = _aria_level(attrs)
            numbered = self._lists[-1] if self._lists else False
            if "list-style-type:decimal" in style or "list-style-type:lower" in style:
                numbered = True
            elif "list-style-type:disc" in style or "list-style-type:circle" in style:
                numbered = False
            depth = level if level is not None else max(len(self._lists) - 1, 0)
            self._current = _Pending(level=min(depth, MAX_LEVEL), numbered=numbered)
            opened.starts_block = True
        elif tag in _BLOCKS:
            if self._current.level is not None and not self._has_text():
                return  # <li><p>…</p></li> (Google Docs, LibreOffice): the paragraph is the entry
            inside_list = self._current.level is not None
            self._end_block()
            word_level = _mso_level(style)
            if word_level is not None:
                self._current = _Pending(level=min(word_level, MAX_LEVEL))
            elif inside_list and self._lists:  # a second paragraph in one <li>: its own entry
                self._current = _Pending(level=min(len(self._lists) - 1, MAX_LEVEL), numbered=self._lists[-1])
            opened.starts_block = True
            if tag == "pre":
                self._pre += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        # Close up to the matching element; a stray end tag closes nothing.
        index = next((i for i in range(len(self._stack) - 1, -1, -1) if self._stack[i].tag == tag), None)
        if index is None:
            return
        for opened in reversed(self._stack[index:]):
            self._close(opened)
        del self._stack[index:]

    def _close(self, opened: _Open) -> None:
        if opened.skip:
            return
        if opened.tag in ("ul", "ol"):
            self._end_block()
            if self._lists:
                self._lists.pop()
        elif opened.starts_block:
            self._end_block()
            if opened.tag == "pre":
                self._pre -= 1

    # --- text -------------------------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        self._text(data)

    def _text(self, data: str, *, raw: bool = False) -> None:
        top = self._stack[-1] if self._stack else None
        if top is not None and top.skip:
            return
        if top is not None and top.marker:
            self._current.marker += data
            return
        text = data if raw or self._pre else _WS.sub(" ", data)
        if text.startswith(" ") and not (raw or self._pre):
            before = "".join(s.text for s in self._current.spans[-1:])
            if not before or before.endswith((" ", "\n")):  # HTML shows one space between words
                text = text[1:]
        if text:
            self._current.spans.append(Span(text.replace("\xa0", " "), top.bold if top else False))

    def _has_text(self) -> bool:
        return bool("".join(s.text for s in self._current.spans).strip())

    def _end_block(self) -> None:
        current = self._current
        self._current = _Pending()
        spans = _tidy_breaks(current.spans)
        if not spans:
            return
        if current.level is None:
            self._blocks.append(Paragraph(spans))
            return
        numbered = current.numbered or bool(current.marker and _ORDINAL_MARK.match(current.marker))
        self._blocks.append(ListBlock(numbered, (ListEntry(spans, current.level),)))

    def notes(self) -> Notes:
        self._end_block()
        return normalised(self._blocks)


def _tidy_breaks(items: list[Span]) -> tuple[Span, ...]:
    """Spaces around line breaks removed (HTML source indentation), breaks at the ends dropped."""
    text = "".join(s.text for s in items)
    if not text.strip():
        return ()
    tidied: list[Span] = []
    for span in items:
        value = re.sub(r" *\n *", "\n", span.text)
        tidied.append(Span(value, span.bold))
    while tidied and not tidied[0].text.strip("\n "):
        tidied.pop(0)
    while tidied and not tidied[-1].text.strip("\n "):
        tidied.pop()
    if tidied:
        tidied[0] = Span(tidied[0].text.lstrip("\n "), tidied[0].bold)
        tidied[-1] = Span(tidied[-1].text.rstrip("\n "), tidied[-1].bold)
    return tuple(tidied)


def _style(attrs: list[tuple[str, str | None]]) -> str:
    """The element's inline style, lower-cased without spaces ("font-weight:700;…")."""
    value = next((v for k, v in attrs if k == "style" and v), "")
    return re.sub(r"\s+", "", value.lower())


def _bold(tag: str, style: str, inherited: bool) -> bool:
    match = re.search(r"font-weight:([a-z0-9]+)", style)
    if match:
        weight = match.group(1)
        return weight in ("bold", "bolder") or (weight.isascii() and weight.isdigit() and int(weight) >= 600)
    return True if tag in _BOLD_TAGS else inherited


def _mso_level(style: str) -> int | None:
    """Word's list paragraphs: ``mso-list:l0 level2 lfo1`` is level index 1."""
    match = re.search(r"mso-list:l\d+level(\d+)", style)
    return int(match.group(1)) - 1 if match else None


def _aria_level(attrs: list[tuple[str, str | None]]) -> int | None:
    value = next((v for k, v in attrs if k == "aria-level" and v), None)
    if value is None or not re.fullmatch(r"[0-9]{1,2}", value):
        return None
    return int(value) - 1 if int(value) > 0 else None
