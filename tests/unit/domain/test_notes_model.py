"""The minute-taker's notes as data: stored as JSON, loaded whatever the stored text is."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator.domain.notes import ListBlock, ListEntry, Notes, Paragraph, Span, Speaker, normalised, spans

SEED_OPENING = Notes((
    Speaker("Christian Harsløf", "kontorchef", "KL"),
    Paragraph(spans("Oplæg vedr.: Optakt til samarbejdet om sundhedsaftaler og praksisplan")),
    Paragraph(spans(("Kort fortalt:", True))),
    ListBlock(True, (
        ListEntry(spans("Flere opgaver skal løses i det nære sundhedsvæsen")),
        ListEntry(spans("Styrket fokus på den patientrettede og rehabiliterende indsats")),
        ListEntry(spans("forebyggelse frem for indlæggelse"), level=1),
    )),
    ListBlock(False, (ListEntry(spans("Kompetenceudvikling")),)),
))


def test_notes_survive_a_round_trip_through_json() -> None:
    assert Notes.from_json(SEED_OPENING.to_json()) == SEED_OPENING
    assert "Christian Harsløf" in SEED_OPENING.to_json()  # readable, not escaped


def test_plain_text_shows_speakers_lists_and_numbers() -> None:
    assert SEED_OPENING.plain_text().splitlines() == [
        "Christian Harsløf, kontorchef, KL",
        "Oplæg vedr.: Optakt til samarbejdet om sundhedsaftaler og praksisplan",
        "Kort fortalt:",
        "1. Flere opgaver skal løses i det nære sundhedsvæsen",
        "2. Styrket fokus på den patientrettede og rehabiliterende indsats",
        "  1. forebyggelse frem for indlæggelse",
        "- Kompetenceudvikling",
    ]


def test_text_that_is_not_notes_is_kept_as_paragraphs() -> None:
    for stored in ("Bare tekst\nto linjer", '{"blocks": 3}', "[1, 2]", '{"version": 1}', "{"):
        notes = Notes.from_json(stored)
        assert notes.plain_text() == "\n".join(line for line in stored.split("\n") if line.strip())
    assert Notes.from_json("") == Notes() and Notes.from_json("  \n").is_empty()


def test_an_unknown_block_of_a_newer_version_keeps_its_text() -> None:
    stored = '{"version": 2, "blocks": [{"type": "quote", "spans": [{"text": "Citat"}]}]}'
    assert Notes.from_json(stored).plain_text() == "Citat"


def test_normalising_drops_blanks_joins_lists_and_spans() -> None:
    notes = normalised([
        Paragraph((Span("  "),)),
        Paragraph((Span(" Fed", True), Span(" og", True), Span(" ikke ")),),
        ListBlock(False, (ListEntry((Span("a"),), 7),)),
        ListBlock(False, (ListEntry((Span(""),)), ListEntry((Span("b"),)))),
        Speaker(" ", "", ""),
        Speaker("Ole\nStavad", "", ""),
    ])
    assert notes.blocks == (
        Paragraph((Span("Fed og", True), Span(" ikke"))),
        ListBlock(False, (ListEntry((Span("a"),), 2), ListEntry((Span("b"),), 0))),
        Speaker("Ole Stavad"),
    )


@given(st.text())
def test_any_stored_text_loads(text: str) -> None:
    Notes.from_json(text).to_json()
