"""Turning a pasted block of text into separate captured lines.

Consultants paste lists copied from slides, e-mails and Word: numbered ("1. …", "2) …") and
bulleted ("· …", "- …", "• …") lines. The app numbers lines itself, so the old numbers go; a
bullet under a numbered line means a sub-point, as in the clusters' lists of seed 001.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from facilitator.domain.text import clean_text

_NUMBER = re.compile(r"^\s*\d{1,3}\s*[.)]\s+")
_BULLET = re.compile(r"^\s*[·•\-–*○◦▪]\s*")
_INDENTED = re.compile(r"^(\t| {2,})")


@dataclass(frozen=True)
class PastedLine:
    """One line of a paste: its text without numbering or bullet, and whether it is a sub-point."""

    text: str
    sub_point: bool


def split_pasted(text: str) -> list[PastedLine]:
    """The non-blank lines of ``text`` with list markers removed, in order.

    A line is a sub-point when it is bulleted or indented and some earlier line was neither: a
    list made only of bullets stays flat.
    """
    lines: list[PastedLine] = []
    seen_plain = False
    for raw in clean_text(text).split("\n"):
        if not raw.strip():
            continue
        bulleted = bool(_BULLET.match(raw)) or bool(_INDENTED.match(raw))
        stripped = _BULLET.sub("", _NUMBER.sub("", raw, count=1), count=1).strip()
        if not stripped:
            continue
        sub_point = bulleted and seen_plain and not _NUMBER.match(raw)
        seen_plain = seen_plain or not bulleted
        lines.append(PastedLine(stripped, sub_point))
    return lines
