"""Text made safe for every document format before a writer sees it (no python-docx needed).

python-docx raises on characters XML 1.0 cannot hold and Qt's PDF writer shows them as boxes; a
split surrogate pair from a UTF-16 source breaks both. Every string of a document passes here.
"""

from __future__ import annotations

from facilitator.domain.text import clean_text

_BREAK_LIKE = str.maketrans({"\x0b": "\n", "\x0c": "\n"})  # Word's own manual breaks, when pasted


def word_text(text: str) -> str:
    """``text`` with only characters Word can store; nothing printable is lost.

    Surrogate pairs left split (from UTF-16 sources) are joined, lone surrogates become U+FFFD
    so the reader sees that something was there, and vertical tab / form feed (what Word itself
    puts on the clipboard for manual breaks) become line breaks.
    """
    joined = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return clean_text(joined.translate(_BREAK_LIKE))


def word_line(text: str) -> str:
    """A single-line string: cleaned, newlines folded to spaces, ends trimmed."""
    return " ".join(word_text(text).split("\n")).strip()


HEADING_LIMIT = 200
"""Characters a heading shows: the longest seed headings have about 120; a pasted page would fill
pages in the heading style and the navigation pane."""


def heading_line(text: str, limit: int = HEADING_LIMIT) -> tuple[str, bool]:
    """``text`` as one line of at most ``limit`` characters, cut after a word with "…" when longer;
    and whether it was cut (the caller then shows the whole text below the heading)."""
    line = word_line(text)
    if len(line) <= limit:
        return line, False
    cut = line[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 3 // 4:
        cut = cut[:space]
    return cut.rstrip(" ,.;:–-") + "\u2026", True
