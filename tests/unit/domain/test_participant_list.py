"""Reading pasted participant lists."""

from __future__ import annotations

from hypothesis import given, strategies as st

from facilitator.domain.participant_list import parse_participants


def test_tab_separated_rows_in_default_column_order() -> None:
    parsed = parse_participants("Anna Holm\tRebild Kommune\tSundhedschef\tah@example.dk\tKlynge Syd\n")
    assert [(p.name, p.organisation, p.role, p.email, p.cluster) for p in parsed.participants] == [
        ("Anna Holm", "Rebild Kommune", "Sundhedschef", "ah@example.dk", "Klynge Syd")
    ]
    assert parsed.rejected == []


def test_semicolon_rows_with_a_danish_header_in_any_order() -> None:
    parsed = parse_participants("E-mail;Navn;Klynge\r\nbo@example.dk;Bo Ŝmith;Klynge Nord\r\n")
    assert [(p.name, p.email, p.cluster) for p in parsed.participants] == [
        ("Bo Ŝmith", "bo@example.dk", "Klynge Nord")
    ]


def test_unreadable_lines_are_reported_with_their_numbers() -> None:
    text = "Anna;Rebild\n;Hjørring\nBo;Aalborg;leder;not-an-address\n\nCarl;A;B;c@x.dk;K;extra\n;;;\n"
    parsed = parse_participants(text)
    assert [p.name for p in parsed.participants] == ["Anna"]
    assert [(r.number, r.reason) for r in parsed.rejected] == [
        (2, "no_name"),
        (3, "bad_email"),
        (5, "too_many_columns"),
    ]


@given(st.text())
def test_any_text_is_either_read_or_reported(text: str) -> None:
    parsed = parse_participants(text)
    for person in parsed.participants:
        assert person.name and "\n" not in person.name
