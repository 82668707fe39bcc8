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
