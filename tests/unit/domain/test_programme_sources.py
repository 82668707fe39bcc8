"""Every door's content to source lines: encodings, refusals, HTML, Word, spreadsheets."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.domain.programme.model import LineRole
from facilitator.domain.programme.reader import parse_lines
from facilitator.domain.programme.sources import (
    NotAProgramme,
    Refusal,
    SourceKind,
    read_clipboard,
    read_file,
)
from facilitator.domain.programme.tables import Columns
from tests.programme_documents import WORD_CLIPBOARD_HTML, invitation_docx, numbered_docx, workbook_xlsx

PROGRAMME = "Program\n09.00-09.30 Velkomst v/ Åse\n09.30-10.00 Oplæg om æbler\n"


def items(data: bytes, name: str = "") -> list[tuple[str, int | None, int | None]]:
    source = read_file(data, name)
    return [(i.title, i.start, i.end) for i in parse_lines(source.lines).programme.items]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig", "utf-8", "cp1252"])
def test_encodings_with_and_without_byte_order_marks(encoding):
    data = PROGRAMME.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    if encoding == "utf-32-be":
        data = b"\x00\x00\xfe\xff" + data
    assert items(data) == [("Velkomst", 540, 570), ("Oplæg om æbler", 570, 600)]


def test_notepad_unicode_is_utf16_little_endian_with_crlf():
    data = b"\xff\xfe" + PROGRAMME.replace("\n", "\r\n").encode("utf-16-le")
    assert items(data)[0] == ("Velkomst", 540, 570)
    assert items(PROGRAMME.encode("utf-16-le"))[0] == ("Velkomst", 540, 570)  # no mark at all


def sqlite_bytes(tmp_path: Path) -> bytes:
    path = tmp_path / "w.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("create table t (x)")
        connection.execute("insert into t values ('09.00-10.00 Velkomst')")
    return path.read_bytes()


def zipped(name: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, "<x/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("make", "refusal"),
    [
        (lambda tmp: b"", Refusal.EMPTY),
        (sqlite_bytes, Refusal.DATABASE),
        (lambda tmp: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", Refusal.PDF),
        (lambda tmp: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, Refusal.OLD_OFFICE),
        (lambda tmp: zipped("content.xml"), Refusal.OTHER_DOCUMENT),
        (lambda tmp: b"PK\x03\x04broken", Refusal.DAMAGED),
        (lambda tmp: zipped("word/document.xml"), Refusal.DAMAGED),
        (lambda tmp: b"{\\rtf1\\ansi 09.00 Velkomst}", Refusal.RTF),
        (lambda tmp: b"\x89PNG\r\n\x1a\n" + bytes(range(256)), Refusal.BINARY),
        (lambda tmp: bytes(range(256)) * 40, Refusal.BINARY),
    ],
)
def test_files_that_are_no_programme_are_refused(tmp_path, make, refusal):
    with pytest.raises(NotAProgramme) as caught:
        read_file(make(tmp_path), "program.txt")
    assert caught.value.refusal is refusal


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_are_read_or_refused_never_raise_otherwise(data):
    try:
        source = read_file(data, "x.csv")
    except NotAProgramme:
        return
    parse_lines(source.lines)


def test_word_invitation_with_the_programme_as_a_table():
    source = read_file(invitation_docx(), "invitation.docx")
    assert source.kind is SourceKind.WORD
    result = parse_lines(source.lines)
    found = result.programme.items
    assert len(found) == 9
    assert (found[0].start, found[-1].end) == (540, 930)
    assert found[1].presenter == "Direktør Anne Holm"
    assert [(p.minutes, p.label) for p in found[2].phases] == [(10, "oplæg"), (35, "drøftelse")]
    assert found[2].description == ("Spørgsmål fra salen",)
    taken = {line.text for line in result.lines if line.role is LineRole.ITEM}
    kept = {line.text for line in result.lines if line.role is LineRole.NOTE}
    assert "Med venlig hilsen" in kept and "Kære samarbejdspartner" in kept
    assert "09.00-09.30 | Ankomst og morgenmad" in taken
    assert any(line.role is LineRole.HEADER and line.text == "Tid | Indhold | Ansvarlig" for line in result.lines)


def test_word_numbered_list_keeps_its_numbers():
    source = read_file(numbered_docx(), "dagsorden.docx")
    assert [line.text for line in source.lines if line.text[:1].isdigit()][:2] == [
        "1. Velkomst og check-in (15 min)", "2. Status på projektet – 30 min"]
    found = parse_lines(source.lines).programme.items
    assert [(i.title, i.minutes) for i in found] == [
        ("Velkomst og check-in", 15), ("Status på projektet", 30), ("Pause", None), ("Gruppearbejde", 45),
        ("Næste skridt", None)]


def test_workbook_columns_are_guessed_and_can_be_chosen():
    source = read_file(workbook_xlsx(), "program.xlsx")
    assert source.kind is SourceKind.SPREADSHEET
    result = parse_lines(source.lines)
    assert [(i.title, i.start, i.minutes, i.presenter) for i in result.programme.items] == [
        ("Velkomst", 540, 30, "Anne"), ("Oplæg om data", 570, 45, "Bo"), ("Kaffe", 615, 15, ""),
        ("Gruppearbejde", 630, 90, "Alle")]
    assert result.lines[1].role is LineRole.DAY
    chosen = parse_lines(source.lines, {1: Columns(start=0, title=3, presenter=2)}).programme.items
    assert [(i.title, i.presenter) for i in chosen][:2] == [("Anne", "Velkomst"), ("Bo", "Oplæg om data")]


def test_csv_export_with_semicolons_and_a_comma_csv_by_name():
    text = "Start;Slut;Emne\n09:00;09:30;Velkomst\n09:30;10:15;Oplæg, del 1\n"
    assert items(text.encode("cp1252")) == [("Velkomst", 540, 570), ("Oplæg, del 1", 570, 615)]
    assert items(text.replace(";", ",").replace("Oplæg, del 1", '"Oplæg, del 1"').encode(), "p.csv") == [
        ("Velkomst", 540, 570), ("Oplæg, del 1", 570, 615)]
    prose = "Vi mødes kl. 9, og vi slutter kl. 15.\nHusk madpakke, kaffe er der.\n"
    assert read_file(prose.encode(), "brev.txt").kind is SourceKind.TEXT


def test_clipboard_html_from_word_is_read_as_a_table():
    source = read_clipboard(WORD_CLIPBOARD_HTML, "flattened text that would lose the columns")
    assert source.kind is SourceKind.HTML
    result = parse_lines(source.lines)
    found = result.programme.items
    assert [(i.title, i.start, i.end, i.presenter) for i in found] == [
        ("Velkomst og kaffe", 540, 570, ""), ("Oplæg", 570, 660, "Anne Holm"), ("Pause", 660, 675, "")]
    assert found[1].description == ("Spørgsmål",)
    assert [line.text for line in result.lines if line.role is LineRole.NOTE] == [
        "Program for dagen", "1.\xa0\xa0Husk navneskilte"]


def test_clipboard_without_a_table_reads_the_text():
    assert read_clipboard("<p>09.00 Velkomst</p>", "09.00 Velkomst").kind is SourceKind.TEXT


def test_html_file_from_a_web_page_with_colspan_and_a_list():
    page = ("<!DOCTYPE html><html><head><title>Konference</title><script>var x='<table>'</script></head>"
            "<body><h1>Program</h1><table><tr><th colspan=2>Tirsdag 4. marts</th></tr>"
            "<tr><td>9:00</td><td>Registrering</td></tr><tr><td>9:30</td><td>Keynote <i>by</i> Jane Doe</td></tr>"
            "<tr><td>10:30</td><td>Slut</td></tr></table><ol><li>Husk badge</li></ol></body></html>")
    result = parse_lines(read_file(page.encode(), "program.html").lines)
    assert [(i.title, i.start, i.end, i.presenter) for i in result.programme.items] == [
        ("Registrering", 540, 570, ""), ("Keynote", 570, 630, "Jane Doe")]
    assert result.programme.day_end == 630
    assert result.programme.day_titles == ("Tirsdag 4. marts",)


TAGS = st.sampled_from(["<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<td colspan=3>", "<th rowspan=2>",
                        "<p>", "</p>", "<br>", "<ol>", "<li>", "</ol>", "<style>", "</style>", "<![if x]>", "<!--",
                        "-->", "&nbsp;", "09.00", "9:00 - 12:30", "Velkomst", "|", "\n", "<td>kl. 9</td>"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(TAGS, st.text(max_size=20)), max_size=40))
def test_any_html_is_read_without_an_exception(parts):
    source = read_clipboard("".join(parts), "")
    result = parse_lines(source.lines)
    assert len(result.lines) == len(source.lines)


CELL = st.one_of(st.text(max_size=15), st.sampled_from(["09.00", "9:00-9:30", "15 min", "Tid", "Program", "",
                                                         "Slut", "Ansvarlig", "12:30 - 1:15", "0900", "Dag 2"]))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(CELL, max_size=6), max_size=12), st.integers(0, 5), st.integers(0, 5))
def test_any_table_rows_and_chosen_columns_read_without_an_exception(rows, start, title):
    from facilitator.domain.programme.reader import SourceLine

    lines = [SourceLine(" | ".join(row), tuple(row), 1) for row in rows]
    parse_lines(lines)
    parse_lines(lines, {1: Columns(start=start, title=title, presenter=start + 1, length=title + 1)})
