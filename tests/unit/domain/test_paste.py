from __future__ import annotations

from facilitator.domain.paste import PastedLine, split_pasted


def test_numbers_and_bullets_are_removed_and_bullets_become_sub_points():
    text = "1. Mål\n· lige vilkår\n  indrykket\n2) Næste\n\n   \n- sidste"
    assert split_pasted(text) == [
        PastedLine("Mål", False),
        PastedLine("lige vilkår", True),
        PastedLine("indrykket", True),
        PastedLine("Næste", False),
        PastedLine("sidste", True),
    ]


def test_a_list_of_only_bullets_stays_flat():
    assert split_pasted("· a\n· b") == [PastedLine("a", False), PastedLine("b", False)]


def test_control_characters_go_and_a_bare_marker_is_not_a_line():
    assert split_pasted("a\x00b\r\n·\n2020 var et år") == [
        PastedLine("ab", False),
        PastedLine("2020 var et år", False),
    ]
