"""Cleaning typed text keeps what the user meant and drops what no document can hold."""

from __future__ import annotations

from hypothesis import given, strategies as st

from facilitator.domain.text import clean_line, clean_text


def test_keeps_danish_emoji_and_right_to_left_text() -> None:
    text = "Æblegrød på tværs 👍 مرحبا ‮reversed"
    assert clean_text(text) == text


def test_removes_control_characters_and_normalises_newlines() -> None:
    assert clean_text("a\x00b\x07c\r\nd\re\u2028f\ttab") == "abc\nd\ne\nf\ttab"


def test_removes_non_characters_and_the_object_stand_in() -> None:
    """Qt's documents read U+FDD0/U+FDD1 as frame marks and U+FFFC as an embedded object."""
    assert clean_text("a\ufdd0b\ufdd1c\ufdefd\ufffce\ufffff\ufffd 😀") == "abcdef\ufffd 😀"


def test_clean_line_folds_newlines_and_trims() -> None:
    assert clean_line("  Klynge\nSyd \r\n") == "Klynge Syd"


@given(st.text())
def test_result_is_valid_xml_text(text: str) -> None:
    cleaned = clean_text(text)
    assert "\r" not in cleaned
    for char in cleaned:
        code = ord(char)
        assert code in (0x9, 0xA) or 0x20 <= code < 0x7F or 0xA0 <= code
        assert not 0xD800 <= code <= 0xDFFF and not 0xFDD0 <= code <= 0xFDEF and code not in (0xFFFC, 0xFFFE, 0xFFFF)
