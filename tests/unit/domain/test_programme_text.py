"""Plain-text programmes: the forms people write, the seed programme, and round trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.domain.programme.model import (
    DayHeading,
    LineRole,
    Note,
    ParsedItem,
    ParsedPhase,
    Programme,
)
from facilitator.domain.programme.printer import print_programme
from facilitator.domain.programme.reader import parse
from tests.agenda_samples import only_item as one
from facilitator.domain.agenda_import import plan_import
from facilitator.domain.kinds import ItemKind
from facilitator.domain.text import clean_text

SEED = Path(__file__).resolve().parents[2] / "fixtures" / "programmes" / "seed_000.txt"
SHARED_SEEDS = sorted(Path("/work/shared/seeds").glob("*.txt")) if Path("/work/shared/seeds").is_dir() else []


@pytest.mark.parametrize(
    ("line", "start", "end", "title"),
    [
        ("12.30-12.50: Oplæg om rammerne", 750, 770, "Oplæg om rammerne"),
        ("Kl. 09.30-10.00 Morgenmad", 570, 600, "Morgenmad"),
        ("19,00 – 19,15 Velkomst", 1140, 1155, "Velkomst"),
        ("09:00 - 09:15 Welcome", 540, 555, "Welcome"),
        ("1000-1100 | Keynote |", 600, 660, "Keynote"),
        ("| 10:00-11:00 | Keynote | Jane Doe |", 600, 660, "Keynote"),
        ("kl 9.05 - 9.50 Intro", 545, 590, "Intro"),
        ("* 23.30-00.30 Natløb", 1410, 1470, "Natløb"),
        ("16.00: Frist for tilmelding", 960, None, "Frist for tilmelding"),
    ],
)
def test_time_forms(line, start, end, title):
    item = one(line)
    assert (item.start, item.end, item.title) == (start, end, title)


def test_phases_in_parentheses():
    item = one("- 13.25-13.55: Drøftelse: fra udfordringer til mål (10 min oplæg, 20 min gruppearbejde)")
    assert item.title == "Drøftelse: fra udfordringer til mål"
    assert item.phases == (
        ParsedPhase(10, "oplæg", ItemKind.PRESENTATION),
        ParsedPhase(20, "gruppearbejde", ItemKind.GROUP_WORK),
    )


def test_phase_labels_may_hold_commas():
    item = one("10.00-10.30 Drøftelse (10 min Oplæg: mål, midler, 20 min Gruppedrøftelse)")
    assert [(p.minutes, p.label) for p in item.phases] == [(10, "Oplæg: mål, midler"), (20, "Gruppedrøftelse")]
    assert parse(print_programme(Programme((item,)))).programme.items == (item,)
    label_first = one("Drøftelse (oplæg 10 min, gruppearbejde 20 min)")
    assert [(p.minutes, p.label) for p in label_first.phases] == [(10, "oplæg"), (20, "gruppearbejde")]


def test_duration_only_line_is_an_item():
    item = one("Welcome (20 minutes)")
    assert (item.title, item.start, item.minutes, item.kind) == ("Welcome", None, 20, ItemKind.PRESENTATION)
    assert one("Frokost (1 time)").minutes == 60
    assert one("Gruppearbejde (1½ time)").minutes == 90


def test_prose_with_parentheses_is_not_an_item():
    result = parse("Se bilag (side 3)\nGruppedrøftelse 20 min.")
    assert result.programme.items == ()
    assert [line.role for line in result.lines] == [LineRole.NOTE, LineRole.NOTE]


@pytest.mark.parametrize(
    ("line", "title", "presenter"),
    [
        ("10.00-10.20 Oplæg om data v/ Anne Holm", "Oplæg om data", "Anne Holm"),
        ("10.00-10.20 Oplæg v. direktøren", "Oplæg", "direktøren"),
        ("10.00-10.20 Keynote by Jane Doe", "Keynote", "Jane Doe"),
        ("10.00-10.20 Step by step", "Step by step", ""),
        ("10.00-10.20 Oplæg ved Ole", "Oplæg", "Ole"),
    ],
)
def test_presenter(line, title, presenter):
    item = one(line)
    assert (item.title, item.presenter) == (title, presenter)


def test_description_day_headings_and_notes():
    text = ("Program\nLørdag:\n09.00-09.30 Velkomst\nv/ ledelsen\n\n   kaffe på bordene\n"
            "Husk navneskilte\n\n16.00: Frist")
    result = parse(text)
    entries = result.programme.entries
    assert entries[0] == Note("Program")
    assert entries[1] == DayHeading("Lørdag:")
    assert isinstance(entries[2], ParsedItem)
    assert entries[2].description == ("v/ ledelsen", "kaffe på bordene")
    assert entries[3] == Note("Husk navneskilte")
    assert [line.role for line in result.lines] == [
        LineRole.NOTE, LineRole.DAY, LineRole.ITEM, LineRole.DESCRIPTION, LineRole.BLANK,
        LineRole.DESCRIPTION, LineRole.NOTE, LineRole.BLANK, LineRole.ITEM,
    ]


def test_seed_programme():
    result = parse(SEED.read_text(encoding="utf-8"))
    items = result.programme.items
    clock = [(i.start, i.end) for i in items]
    assert clock == [(750, 770), (770, 790), (790, 805), (805, 835), (835, 850), (850, 890), (890, 920), (920, 930)]
    assert items[0].presenter == "formandskabet"
    assert [(p.minutes, p.label) for p in items[3].phases] == [(10, "oplæg"), (20, "gruppearbejde")]
    assert [(p.minutes, p.label) for p in items[5].phases] == [(10, "oplæg"), (30, "drøftelse")]
    assert [i.kind for i in items] == [
        ItemKind.PRESENTATION, ItemKind.PLENARY, ItemKind.SUMMARY, ItemKind.PLENARY,
        ItemKind.SUMMARY, ItemKind.PLENARY, ItemKind.ACO, ItemKind.NEXT_STEPS,
    ]
    notes = [e.text for e in result.programme.entries if isinstance(e, Note)]
    assert notes[0] == "Program" and notes[-1] == "Det videre forløb?"
    plan = plan_import(result.programme, day_start=540)
    assert plan.day_start == 750
    assert [i.minutes for i in plan.items] == [20, 20, 15, 30, 15, 40, 30, 10]
    assert all(i.pinned_start is None for i in plan.items)
    assert plan.items[0].notes == "Program"
    assert "Vi er ordentlige" in plan.items[-1].notes


@pytest.mark.parametrize("path", SHARED_SEEDS + [SEED], ids=lambda path: path.name)
def test_every_seed_text_is_read_without_loss(path: Path):
    text = path.read_text(encoding="utf-8")
    result = parse(text)
    worded = [line for line in result.lines if any(ch.isalnum() for ch in line.text)]
    assert all(line.role not in (LineRole.BLANK, LineRole.DECORATION) for line in worded)
    assert len(result.lines) == clean_text(text).count("\n") + 1
    printed = print_programme(result.programme)
    assert parse(printed).programme == result.programme
    assert letter_words(clean_text(text)) <= letter_words(printed)


def test_print_escapes_lines_that_would_read_as_items():
    programme = Programme((
        ParsedItem("A", start=600, end=630, description=("10.00-11.00 not an item", "\\odd", "Lørdag")),
        Note("Welcome (20 min)"),
        DayHeading("Søndag:", day=1),
        ParsedItem("B", minutes=20, day=1),
    ))
    text = print_programme(programme)
    assert parse(text).programme == programme


def test_print_is_the_written_form():
    programme = parse("- 13.25-13.55: Drøftelse v/ Bo (10 min. oplæg, 20 min. gruppearbejde)").programme
    assert print_programme(programme) == "13.25-13.55: Drøftelse v/ Bo (10 min oplæg, 20 min gruppearbejde)\n"


STRUCTURAL = {"kl", "klokken", "min", "mins", "minut", "minutes", "minute", "minutter", "t", "h", "time",
              "timer", "hour", "hours", "hrs", "by", "ved", "v", "og", "and", "am", "pm", "a", "p", "m", "uhr",
              "til", "to", "bis", "à", "de", "um", "at", "from", "fra", "von", "ca", "klo", "klockan", "top",
              "punkt", "item", "pkt", "point", "par", "av", "minutes", "minuten", "minuter", "std"}


def letter_words(text: str) -> set[str]:
    words = "".join(ch if ch.isalpha() else " " for ch in text).split()
    return {w.lower() for w in words} - STRUCTURAL


LINE = st.one_of(
    st.text(max_size=40),
    st.sampled_from([
        "12.30-12.50: Oplæg om x v/ Anne", "- 13.25-13.55: Drøftelse (10 min oplæg, 20 min gruppearbejde)",
        "Kl. 09.30-10.00 Morgenmad", "19,00 – 19,15 Velkomst", "1000-1100 | Keynote |", "16.00: Frist",
        "Welcome (20 minutes)", "Lørdag:", "  indrykket linje", "", "|---|---|", "\\escaped", "Pause (1½ time)",
        "| 10:00 | Talk | Bo | Rum 2 |", "x v/ ", "( 5 min ) (3 min)", "kl. 2400-2400 | a",
        "10.00-10.30 D (10 min a: b, c, 20 min d og e)", "X (oplæg 5 min og 3 min, 2 t)",
        "8h45 : Accueil", "12:30 - 1:15 Lunch", "Kl. 10.30 Seminar A", "16.00 Tak for i dag", "fin",
        "9:00 - 12:30 Morning block", "1. Opening (15 minutes):", "3. Gruppearbejde – 45 min", "2) Pause",
        "Mardi matin", "Dag 2", "07:00-09:30pm Dinner", "| Tid | Emne |", "| 09.00 | Velkomst | Anne |",
        "| | fortsat |", "senest 17.00", "10 - 12 ideas", "x2", "kl. 9 Velkomst", "9.15 Uhr Begrüßung",
        "Welcome ..... 9:00 – 9:30", "   - Round of names", "Tuesday 4 March", "2.00 - 3.30 Groups",
    ]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(LINE, max_size=12))
def test_any_text_parses_round_trips_and_loses_no_words(lines):
    text = "\n".join(lines)
    first = parse(text).programme
    printed = print_programme(first)
    assert parse(printed).programme == first
    assert letter_words(clean_text(text)) <= letter_words(printed)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_arbitrary_unicode_including_controls_and_emoji(text):
    result = parse(text)
    assert len(result.lines) == clean_text(text).count("\n") + 1
    kept = [line for line in result.lines if line.role not in (LineRole.BLANK, LineRole.DECORATION)]
    assert all(line.entry is not None for line in kept)
    assert parse(print_programme(result.programme)).programme == result.programme


def test_one_megabyte_of_mixed_text():
    chunk = ("12.30-12.50: Oplæg 🎉 v/ Å\x00\x07\n" + " " * 2000 + "x\n(" + "9 min a, " * 30 + ")\n"
             + "a " * 5000 + "\n")
    text = (chunk * (1_000_000 // len(chunk) + 1))[:1_000_000]
    result = parse(text)
    assert len(result.programme.items) > 10
    assert parse(print_programme(result.programme)).programme == result.programme
