"""Guessing an item's kind from the words of its title, in Danish, Norwegian, Swedish, German, French, English."""

from __future__ import annotations

import re

from facilitator.domain.kinds import ItemKind

# Earliest keyword wins, then the longest; Danish compounds match inside words ("kaffepause").
_KIND_WORDS: tuple[tuple[ItemKind, str], ...] = (
    (ItemKind.ACO, r"accepter\W+kritiser|accept\w*\W+critici[sz]e|acc\w*[-/ ]+krit\w*[-/ ]+tilb"),
    (ItemKind.NEXT_STEPS, r"(?:det\s+)?videre\s+forløb|næste\s+skridt|\bnext\s+steps?\b|way\s+forward|"
     r"veien\s+videre|nästa\s+steg|nächste\s+schritte|ausblick|perspectives|prochaines\s+étapes"),
    (ItemKind.EVALUATION, r"evaluer|\bevaluat"),
    (ItemKind.BREAK, r"pause|frokost|kaffe|morgenmad|aftensmad|middag|\bbreak\b|\blunch|\bcoffee|"
     r"\bbreakfast|\bdinner|\btea\b|\blunsj|\bfika\b|mittagessen|kaffee|déjeuner|\baccueil\s+café"),
    (ItemKind.SUMMARY, r"opsamling|opsummering|oppsummering|sammanfattning|\bsummary|\bwrap[- ]?up|\brecap|"
     r"\bsum\s+up|synthèse|restitution|zusammenfassung|ergebnisse"),
    (ItemKind.GROUP_WORK, r"gruppe|grupper|\bgroup\s*work|\bbreakout|\bin\s+groups|\bworkshops?\b|\bateliers?\b|\bkleingruppe|\bgruppenarbeit|\bgruppdiskussion|\bgruppearbeid"),
    (ItemKind.PLENARY, r"drøftelse|plenum|dialog|debat|\bdiscussion|\bplenary|\bdebate|paneldebatt|"
     r"plénière|table\s+ronde|diskussion|\bpanel\b"),
    (ItemKind.PRESENTATION, r"oplæg|præsentation|velkomst|introduktion|\bintro|\bkeynote|"
     r"\bpresentation|\btalk\b|\bwelcome|\blecture|föreläsning|inledning|åpning|velkommen|begrüßung|"
     r"impulsvortrag|vortrag|ouverture|keynote|conférence"),
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
