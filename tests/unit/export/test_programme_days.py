"""A programme of several days is handed out and minuted day by day, under the programme's own
day headings: one table (and one chart of planned and actual times) per day, not one table whose
second morning overlaps the first."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from PySide6.QtGui import QGuiApplication

from facilitator.domain.agenda_import import plan_import
from facilitator.domain.programme.reader import parse
from facilitator.export.minutes import MinutesOptions, export_minutes
from facilitator.export.programme import build_programme, programme_data

TWO_DAYS = """Dag 1 – tirsdag 4. marts
9.00-9.30 Velkomst og introduktion
9.30-10.30 Oplæg om sundhedsaftalen
Dag 2 – onsdag 5. marts
9.00-9.15 Opsamling fra dag 1
9.15-10.30 Drøftelse: det videre forløb
"""


@pytest.fixture(autouse=True)
def _gui(qapp: QGuiApplication) -> None:
    """Charts draw text, which needs a GUI application (the CLI makes an offscreen one)."""


@pytest.fixture
def two_days(services, workshop_id):
    plan = plan_import(parse(TWO_DAYS).programme, day_start=540)
    services.agenda.import_plan(workshop_id, plan)
    return services, workshop_id


def _rows(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_the_handout_has_a_heading_and_a_table_per_day(two_days):
    services, workshop_id = two_days
    document = docx.Document(io.BytesIO(build_programme(programme_data(services, workshop_id))))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Dag 1 – tirsdag 4. marts", "Dag 2 – onsdag 5. marts"]
    first, second = (_rows(table) for table in document.tables)
    assert [row[:2] for row in first[1:]] == [["09.00–09.30", "Velkomst og introduktion"],
                                              ["09.30–10.30", "Oplæg om sundhedsaftalen"]]
    assert [row[:2] for row in second[1:]] == [["09.00–09.15", "Opsamling fra dag 1"],
                                               ["09.15–10.30", "Drøftelse: det videre forløb"]]


def test_the_script_puts_each_day_s_items_under_its_heading(two_days):
    services, workshop_id = two_days
    document = docx.Document(io.BytesIO(build_programme(programme_data(services, workshop_id), script=True)))
    outline = [p.text for p in document.paragraphs if p.style.name in ("Heading 1", "Heading 2")]
    assert outline == [
        "Dag 1 – tirsdag 4. marts", "Dag 2 – onsdag 5. marts",  # over the two tables
        "Dag 1 – tirsdag 4. marts", "09.00–09.30  Velkomst og introduktion", "09.30–10.30  Oplæg om sundhedsaftalen",
        "Dag 2 – onsdag 5. marts", "09.00–09.15  Opsamling fra dag 1", "09.15–10.30  Drøftelse: det videre forløb",
    ]


def test_the_minutes_show_each_day_with_its_own_table_and_a_chart_for_a_day_held(two_days, tmp_path: Path):
    services, workshop_id = two_days
    services.run.toggle(workshop_id)  # day 1 has begun; day 2 is still to come
    target = export_minutes(services.reading.read(workshop_id), tmp_path / "referat.docx", MinutesOptions())
    document = docx.Document(str(target))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert headings[:2] == ["Dag 1 – tirsdag 4. marts", "Dag 2 – onsdag 5. marts"]
    first, second = (_rows(table) for table in document.tables[:2])
    assert [row[2] for row in first[1:]] == ["1. Velkomst og introduktion", "2. Oplæg om sundhedsaftalen"]
    assert [row[2] for row in second[1:]] == ["3. Opsamling fra dag 1", "4. Drøftelse: det videre forløb"]
    assert first[1][1] != "" and second[1][1] == ""  # actual times: day 1's first item only
    assert len(document.inline_shapes) == 1  # the chart of day 1; day 2 has not been held


def test_a_one_day_workshop_has_no_day_headings(services, workshop_id):
    plan = plan_import(parse("9.00-9.30 Velkomst\n9.30-10.00 Oplæg\n").programme, day_start=540)
    services.agenda.import_plan(workshop_id, plan)
    document = docx.Document(io.BytesIO(build_programme(programme_data(services, workshop_id))))
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == []
    assert len(document.tables) == 1
