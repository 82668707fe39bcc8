"""Kind guessing from Danish and English words."""

from __future__ import annotations

import pytest

from facilitator.domain.kind_words import guess_kind
from facilitator.domain.kinds import ItemKind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Oplæg om sundhedsaftalen", ItemKind.PRESENTATION),
        ("Drøftelse af udfordringsbillede", ItemKind.PLENARY),
        ("Gruppedrøftelse", ItemKind.GROUP_WORK),
        ("Opsamling", ItemKind.SUMMARY),
        ("Accepter, kritiser, tilbyd", ItemKind.ACO),
        ("Kaffepause", ItemKind.BREAK),
        ("Frokost", ItemKind.BREAK),
        ("Coffee break", ItemKind.BREAK),
        ("Breakout sessions", ItemKind.GROUP_WORK),
        ("Det videre forløb", ItemKind.NEXT_STEPS),
        ("Next steps", ItemKind.NEXT_STEPS),
        ("Evaluering af dagen", ItemKind.EVALUATION),
        ("Team building", ItemKind.OTHER),
    ],
)
def test_kind_guess(text, kind):
    assert guess_kind(text) is kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Workshops (3 x 20 min rotations with a break around 11h)", ItemKind.GROUP_WORK),
        ("Fika", ItemKind.BREAK),
        ("Mittagessen", ItemKind.BREAK),
        ("Lunsj", ItemKind.BREAK),
        ("Synthèse et perspectives", ItemKind.SUMMARY),
        ("Paneldebatt", ItemKind.PLENARY),
        ("Table ronde (2 à 3 intervenants)", ItemKind.PLENARY),
        ("Föreläsning: Nära vård i praktiken", ItemKind.PRESENTATION),
        ("Begrüßung durch die Bürgermeisterin", ItemKind.PRESENTATION),
        ("Ateliers en groupes", ItemKind.GROUP_WORK),
        ("Veien videre", ItemKind.NEXT_STEPS),
        ("Ausblick und nächste Schritte", ItemKind.NEXT_STEPS),
    ],
)
def test_kinds_in_the_languages_programmes_come_in(title, kind):
    assert guess_kind(title) is kind
