"""Cleaning text the user typed or pasted, in one place, before it is stored or exported."""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls and lone surrogates; the non-characters
# U+FDD0..U+FDEF, U+FFFE and U+FFFF, which programs keep for their own use (Qt's text document
# takes U+FDD0/U+FDD1 as frame marks and would split a paragraph at them); and U+FFFC, the
# stand-in for an embedded object such as a picture copied from a web page, which a document
# would take for an object. The planes above hold no such marks: XML and Qt keep their
# characters, emoji among them. One class of BMP characters only, so that `re` tests each
# character against a bitmap (one astral character in the class made cleaning ten times slower).
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffc\ufffe\uffff]")
_LINE_ENDS = ("\r\n", "\r", "\u2028", "\u2029", "\x85")


def normalise_newlines(text: str) -> str:
    """``\\r\\n``, ``\\r`` and Unicode line separators become ``\\n`` (Word makes two breaks of ``\\r\\n``).

    Plain replacements rather than a regular expression: each is one fast scan, where an
    alternation made `re` try every position of a long paste.
    """
    for end in _LINE_ENDS:
        text = text.replace(end, "\n")
    return text


def clean_text(text: str) -> str:
    """Text safe to store and to put in Word XML: newlines normalised, unsafe characters removed.

    Emoji, right-to-left text and every printable character are kept; only characters no
    document format can hold are dropped, so nothing the user meant is lost.
    """
    return _UNSAFE.sub("", normalise_newlines(text))


def clean_line(text: str) -> str:
    """A single-line field: cleaned, inner newlines folded to spaces, ends trimmed."""
    return " ".join(clean_text(text).split("\n")).strip()


def lines(text: str) -> tuple[str, ...]:
    """The non-blank lines of a one-per-line field (prompts, capture columns), each cleaned."""
    return tuple(line for line in (clean_line(raw) for raw in clean_text(text).split("\n")) if line)
