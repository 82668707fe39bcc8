"""Guessing an item's kind from the words of its title, in Danish and English."""

from __future__ import annotations

import re

from facilitator.domain.kinds import ItemKind

# Earliest keyword wins, then the longest; Danish compounds match inside words ("kaffepause").
_KIND_WORDS: tuple[tuple[ItemKind, str], ...] = (
    (ItemKind.ACO, r"accepter\W+kritiser|accept\w*\W+critici[sz]e|acc\w*[-/ ]+krit\w*[-/ ]+tilb"),
    (ItemKind.NEXT_STEPS, r"(?:det\s+)?videre\s+forløb|næste\s+skridt|\bnext\s+steps?\b|way\s+forward"),
    (ItemKind.EVALUATION, r"evaluer|\bevaluat"),
    (ItemKind.BREAK, r"pause|frokost|kaffe|morgenmad|aftensmad|middag|\bbreak\b|\blunch|\bcoffee|"
     r"\bbreakfast|\bdinner|\btea\b"),
    (ItemKind.SUMMARY, r"opsamling|opsummering|\bsummary|\bwrap[- ]?up|\brecap|\bsum\s+up"),
    (ItemKind.GROUP_WORK, r"gruppe|grupper|\bgroup\s*work|\bbreakout|\bin\s+groups|\bworkshop\b"),
    (ItemKind.PLENARY, r"drøftelse|plenum|dialog|debat|\bdiscussion|\bplenary|\bdebate"),
    (ItemKind.PRESENTATION, r"oplæg|præsentation|velkomst|introduktion|\bintro|\bkeynote|"
     r"\bpresentation|\btalk\b|\bwelcome|\blecture"),
)
_KIND_PATTERNS = tuple((kind, re.compile(words, re.IGNORECASE)) for kind, words in _KIND_WORDS)


def guess_kind(text: str) -> ItemKind:
    """The kind its words suggest: the keyword found earliest (then the longest) decides."""
    best: tuple[int, int, ItemKind] | None = None
    for kind, pattern in _KIND_PATTERNS:
        match = pattern.search(text)
        if match and (best is None or (match.start(), -len(match.group())) < best[:2]):
            best = (match.start(), -len(match.group()), kind)
    return best[2] if best else ItemKind.OTHER
