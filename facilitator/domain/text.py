"""Cleaning text the user typed or pasted, in one place, before it is stored or exported."""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, lone surrogates and the XML non-characters.
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def normalise_newlines(text: str) -> str:
    """``\\r\\n``, ``\\r`` and Unicode line separators become ``\\n`` (Word makes two breaks of ``\\r\\n``)."""
    return _NEWLINES.sub("\n", text)


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
