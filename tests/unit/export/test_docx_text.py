"""Any text a user could type survives the trip into Word and back."""

from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.export.docx_text import (
    CORE_PROPERTY_LIMIT,
    RUN_CHUNK,
    add_text,
    chunks,
    core_property,
    is_right_to_left,
    word_line,
    word_text,
)


def round_trip(text: str) -> tuple[str, docx.document.Document]:
    document = docx.Document()
    paragraph = document.add_paragraph()
    add_text(paragraph, text)
    buffer = io.BytesIO()
    document.save(buffer)
    reopened = docx.Document(io.BytesIO(buffer.getvalue()))
    return reopened.paragraphs[-1].text, reopened


def test_characters_xml_cannot_hold_are_removed_and_breaks_kept() -> None:
    assert word_text("a\x00b\x07c\x1fd\ufffe\uffff") == "abcd"
    assert word_text("one\r\ntwo\rthree\u2028four") == "one\ntwo\nthree\nfour"
    assert word_text("soft\x0bbreak\x0cpage") == "soft\nbreak\npage"


def test_split_surrogate_pairs_are_joined_and_lone_ones_marked() -> None:
    assert word_text("\ud83d\ude00") == "\U0001F600"
    assert word_text("x\ud83dy") == "x\ufffdy"


def test_core_properties_stay_within_255_characters() -> None:
    value = core_property("Titel\n" + "å" * 400)
    assert len(value) == CORE_PROPERTY_LIMIT and value.startswith("Titel å") and value.endswith("\u2026")
    assert core_property("  kort  ") == "kort"


def test_long_text_is_split_into_runs_that_load_again() -> None:
    text = "æøå " * 30_000  # 120,000 characters
    read, reopened = round_trip(text)
    assert read == text
    runs = reopened.paragraphs[-1].runs
    assert len(runs) == -(-len(text) // RUN_CHUNK) and all(len(r.text) <= RUN_CHUNK for r in runs)
    assert chunks("") == [""]


def test_right_to_left_paragraphs_get_bidi() -> None:
    assert is_right_to_left("  שלום עולם abc") and not is_right_to_left("abc שלום") and not is_right_to_left("123")
    read, reopened = round_trip("مرحبا بالعالم 😀")
    assert read == "مرحبا بالعالم 😀"
    assert reopened.paragraphs[-1]._p.pPr.find(qn("w:bidi")) is not None


def test_single_line_folds_newlines() -> None:
    assert word_line(" a\nb\r\nc ") == "a b c"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=300))
def test_any_text_exports_and_reads_back_cleaned(text: str) -> None:
    """Control characters, emoji, RTL, surrogates: the file opens and holds the cleaned text."""
    read, _ = round_trip(text)
    # Word stores tabs and breaks as elements; python-docx reads them back as \t and \n.
    assert read == word_text(text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab æ\t\n\r של😀"), max_size=30), st.booleans(), st.booleans())
def test_runs_are_the_xml_python_docx_writes(text: str, bold: bool, italic: bool) -> None:
    ours, theirs = docx.Document().add_paragraph(), docx.Document().add_paragraph()
    add_text(ours, text, bold=bold, italic=italic)
    cleaned = word_text(text)
    rtl = is_right_to_left(cleaned)
    if rtl:
        theirs._p.get_or_add_pPr().append(docx.oxml.OxmlElement("w:bidi"))
    run = theirs.add_run(cleaned)
    run.bold = bold or None
    run.italic = italic or None
    if rtl:
        run._r.get_or_add_rPr().append(docx.oxml.OxmlElement("w:rtl"))
    assert ours._p.xml == theirs._p.xml
