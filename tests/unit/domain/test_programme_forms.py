"""Programmes as people write them in six languages: clocks, lengths, start-only days, closings, days."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.domain.agenda_import import plan_import
from facilitator.domain.kinds import ItemKind
from facilitator.domain.programme.model import Block, Closing, LineRole, ParsedItem, Remark
from facilitator.domain.programme.printer import print_programme
from facilitator.domain.programme.reader import parse
from tests.agenda_samples import only_item as one

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "programmes"


def clock(text: str) -> int:
    hours, minutes = text.split(".")
    return int(hours) * 60 + int(minutes)


def timed_summary(name: str) -> tuple[int, int, int]:
    """Timed items, first start and last end (a closing line's time counts as the end)."""
    programme = parse((FIXTURES / name).read_text(encoding="utf-8")).programme
    timed = [item for item in programme.items if item.start is not None]
    ends = [item.end for item in timed if item.end is not None]
    ends += [item.start + item.minutes for item in timed if item.minutes is not None]
    ends += [item.start + sum(p.minutes for p in item.phases) for item in timed if item.phases]
    return len(timed), timed[0].start, max([*ends, programme.day_end or 0])


@pytest.mark.parametrize(
    ("name", "count", "first", "last"),
    [
        ("da_temadag.txt", 9, "08.30", "14.30"),
        ("no_fagseminar.txt", 11, "09.00", "15.00"),
        ("sv_konferens.txt", 9, "08.30", "15.30"),
        ("de_fachtag.txt", 8, "09.00", "14.30"),
        ("fr_journee.txt", 8, "08.45", "16.00"),
        ("en_conference.md", 9, "09.00", "16.45"),
        ("en_retreat.txt", 7, "06.45", "21.30"),
    ],
)
def test_own_programmes_in_six_languages(name, count, first, last):
    assert timed_summary(name) == (count, clock(first), clock(last))
    result = parse((FIXTURES / name).read_text(encoding="utf-8"))
    assert parse(print_programme(result.programme)).programme == result.programme


@pytest.mark.parametrize(
    ("line", "start", "end", "title"),
    [
        ("8h45 Accueil", "08.45", None, "Accueil"),
        ("11h Pause", "11.00", None, "Pause"),
        ("15h15 : Atelier", "15.15", None, "Atelier"),
        ("9.15 Uhr Begrüßung", "09.15", None, "Begrüßung"),
        ("Kl. 08.30 Kaffe", "08.30", None, "Kaffe"),
        ("kl. 9 Velkomst", "09.00", None, "Velkomst"),
        ("9.00 am Registration", "09.00", None, "Registration"),
        ("13:00 : Lunch", "13.00", None, "Lunch"),
        ("09.00 – 09.30: Velkomst", "09.00", "09.30", "Velkomst"),
        ("09.00\u00a0–\u00a009.30\u00a0Velkomst", "09.00", "09.30", "Velkomst"),
        ("09.00\t\tVelkomst", "09.00", None, "Velkomst"),
        ("09.00      Velkomst", "09.00", None, "Velkomst"),
        ("9 til 10.30 Morgenmøde", "09.00", "10.30", "Morgenmøde"),
        ("9–10 Uhr Workshop", "09.00", "10.00", "Workshop"),
        ("de 9h à 10h30 Atelier", "09.00", "10.30", "Atelier"),
        ("06:45-07:15am Yoga", "06.45", "07.15", "Yoga"),
        ("07:00-09:30pm Dinner", "19.00", "21.30", "Dinner"),
        ("11:45-01:30pm Lunch", "11.45", "13.30", "Lunch"),
        ("Velkomst og kaffe ...... 09.00–09.30", "09.00", "09.30", "Velkomst og kaffe"),
    ],
)
def test_clock_forms_of_other_languages(line, start, end, title):
    item = one(line)
    assert (item.start, item.end, item.title) == (clock(start), clock(end) if end else None, title)


@pytest.mark.parametrize("line", ["10 - 12 ideas", "2 à 3 groupes", "x2", "100 deltagere", "12.03.2025 Kick-off",
                                  "2024 strategy review"])
def test_text_that_is_not_a_time_stays_text(line):
    assert parse(line).programme.items == ()


def test_numbers_inside_titles_stay_in_the_title():
    item = one("10.30-12.00 Workshops (3 x 20 min rotations with a break around 15h)")
    assert item.title == "Workshops (3 x 20 min rotations with a break around 15h)"
    assert (item.minutes, item.phases) == (None, ())
    assert one("10.45 Uhr Workshops (2 Runden à 30 Minuten)").title == "Workshops (2 Runden à 30 Minuten)"


def test_twelve_hour_day_reads_forward_into_the_afternoon():
    text = "9:00 - 10:30 Opening\n10:30 - 12:30 Talks\n12:30 - 1:15 Lunch\n2.00 - 3.30 Groups\n4:45 Close"
    result = parse(text)
    items = result.programme.items
    assert [(i.start, i.end) for i in items] == [(540, 630), (630, 750), (750, 795), (840, 930)]
    assert result.programme.day_end == clock("16.45")
    remarks = [line.remarks for line in result.lines]
    assert Remark.AFTERNOON in remarks[2] and Remark.AFTERNOON in remarks[3]
    assert Remark.AFTERNOON not in remarks[1]
    assert result.lines[4].role is LineRole.CLOSING


def test_a_lone_early_hour_is_the_afternoon_and_a_night_span_crosses_midnight():
    assert one("1.30-3.00 Workshop").start == clock("13.30")
    late = parse("23.30-00.30 Natløb")
    assert (late.programme.items[0].start, late.programme.items[0].end) == (1410, 1470)
    assert late.lines[0].remarks == (Remark.NEXT_DAY,)


def test_a_time_going_backwards_beyond_half_a_day_is_kept_and_marked():
    result = parse("15.00 Oplæg\n09.00 Noget andet\n10.00 Slut")
    assert result.programme.items[1].start == 540
    assert Remark.BACKWARDS in result.lines[1].remarks


def test_numbered_items_with_and_without_lengths():
    result = parse((FIXTURES / "en_workshop_numbered.txt").read_text(encoding="utf-8"))
    items = result.programme.items
    assert [(i.title, i.minutes) for i in items] == [
        ("Opening and check-in", 15), ("Pause", None), ("Group work", 45), ("Coffee break", 15),
        ("Plenary discussion", 30), ("Next steps", None)]
    assert items[0].description == ("- Round of names", "- Hopes for the day")
    assert [i.kind for i in items][1:4] == [ItemKind.BREAK, ItemKind.GROUP_WORK, ItemKind.BREAK]
    plan = plan_import(result.programme, day_start=540)
    assert [i.minutes for i in plan.items] == [15, 0, 45, 15, 30, 0]


def test_danish_numbered_lines_with_dashes_and_points_under_a_timed_item():
    assert one("3. Gruppearbejde – 45 min").minutes == 45
    assert one("Kaffepause (15 min.)").minutes == 15
    result = parse("09.00 Velkomst\n1. Hvem er vi\n2. Dagens program\n09.30 Oplæg")
    assert [i.title for i in result.programme.items] == ["Velkomst", "Oplæg"]
    assert result.programme.items[0].description == ("1. Hvem er vi", "2. Dagens program")


def test_start_only_items_end_where_the_next_begins_and_parallels_are_kept():
    result = parse("Kl. 10.00 Seminar A\nKl. 10.00 Seminar B\nKl. 11.00 Frokost\nKl. 12.00 Oplæg")
    items = result.programme.items
    assert [(i.title, i.start, i.end) for i in items] == [
        ("Seminar A", 600, 660), ("Seminar B", 600, 660), ("Frokost", 660, 720), ("Oplæg", 720, None)]
    assert Remark.PARALLEL in result.lines[0].remarks and Remark.PARALLEL in result.lines[1].remarks
    assert Remark.NO_LENGTH in result.lines[3].remarks
    plan = plan_import(result.programme, day_start=540)
    assert [i.pinned_start for i in plan.items] == [None, 600, None, None]


@pytest.mark.parametrize("closing", ["Slut", "Tak for i dag", "Ende", "End of day", "Close", "fin", "Avslutning"])
def test_a_closing_line_sets_the_end_of_the_day(closing):
    result = parse(f"09.00 Velkomst\n15.30 Opsamling\n16.00 {closing}")
    assert result.programme.day_end == 960
    assert result.programme.items[-1].end == 960
    assert isinstance(result.programme.entries[-1], Closing)
    assert plan_import(result.programme, 540).day_end == 960


def test_a_closing_word_that_is_not_last_or_has_more_words_is_an_item():
    assert len(parse("09.00 Slut på formiddagen\n10.00 Oplæg").programme.items) == 2
    result = parse("09.00 Velkomst\n12.00 Slut\n13.00 Eftermiddag")
    assert [i.title for i in result.programme.items] == ["Velkomst", "Slut", "Eftermiddag"]
    assert parse("15.30 Closing remarks by the chair").programme.day_end is None


def test_latest_end_is_a_note():
    result = parse("09.00 Velkomst\n10.00 Oplæg\n\nSlut senest 17.00")
    assert result.lines[-1].role is LineRole.NOTE
    assert result.programme.day_end is None


def test_umbrella_rows_hold_the_items_inside_them():
    result = parse("9:00 - 12:30 Morning block\n9:00 Welcome\n9:30 Talk\n10:30 Coffee\n12:30 Lunch")
    entries = result.programme.entries
    assert isinstance(entries[0], Block) and entries[0].title == "Morning block"
    assert [i.title for i in result.programme.items] == ["Welcome", "Talk", "Coffee", "Lunch"]
    assert result.programme.items[0].end == 570
    plan = plan_import(result.programme, 540)
    assert plan.items[0].notes.startswith("Morning block (09.00–12.30)")


def test_several_days_in_six_languages():
    text = ("Lørdag:\n09.00 Velkomst\n12.00 Frokost\nSøndag:\n09.30 Morgensang\n"
            "Tag 3\n09.00 Rundgang\nMardi matin\n9h Accueil\nMardi après-midi\n14h Ateliers\n"
            "Wednesday 5 March\n9:00 Start\nDag 6 – fredag\nkl. 9 Slutspurt")
    programme = parse(text).programme
    assert [i.day for i in programme.items] == [0, 0, 1, 2, 3, 3, 4, 5]
    assert programme.day_titles == ("Lørdag", "Søndag", "Tag 3", "Mardi matin", "Wednesday 5 March",
                                    "Dag 6 – fredag")
    plan = plan_import(programme, 540)
    assert [i.day for i in plan.items] == [0, 0, 1, 2, 3, 3, 4, 5]
    assert plan.items[2].pinned_start == 570 and plan.items[4].pinned_start == 540


def test_markdown_table_with_time_in_any_column_and_continuation_rows():
    text = ("| Emne | Tid | Ansvarlig |\n|---|---|---|\n| Velkomst | 09.00-09.15 | Anne |\n"
            "| | | med kaffe |\n| Oplæg | 09.15-10.00 | Bo |\n| Frokost | 12.00 | |\n")
    result = parse(text)
    items = result.programme.items
    assert [(i.title, i.start, i.end, i.presenter) for i in items] == [
        ("Velkomst", 540, 555, "Anne"), ("Oplæg", 555, 600, "Bo"), ("Frokost", 720, None, "")]
    assert items[0].description == ("med kaffe",)
    assert result.lines[0].role is LineRole.HEADER
