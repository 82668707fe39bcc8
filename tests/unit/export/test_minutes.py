"""The Word minutes of a seed-001-shaped workshop, read back with python-docx."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from PySide6.QtGui import QGuiApplication

from facilitator.export.minutes import MinutesOptions, build_minutes, export_minutes
from tests.minutes_seed import ANSWER, CLUSTERS, DECISION, LISTS, PROMPTS, QUESTION, SUB_POINTS, SeedWorkshop, read

CET = dt.timezone(dt.timedelta(hours=1))


@pytest.fixture(autouse=True)
def _gui(qapp: QGuiApplication) -> None:
    """Charts draw text, which needs a GUI application (the CLI makes an offscreen one)."""


def export(seed: SeedWorkshop, tmp_path: Path, **options: object) -> Document:
    options.setdefault("timezone", CET)
    target = export_minutes(read(seed), tmp_path / "minutes.docx", MinutesOptions(**options))
    return docx.Document(str(target))


def headings(document: Document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


def paragraphs_after(document: Document, heading: str) -> list:
    """The paragraphs between the heading with text ``heading`` and the next heading."""
    found, result = False, []
    for paragraph in document.paragraphs:
        if paragraph.style.name.startswith("Heading"):
            if found:
                break
            found = paragraph.text == heading
            continue
        if found:
            result.append(paragraph)
    return result


def numbering(paragraph: object) -> tuple[int, int] | None:
    num_pr = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None  # type: ignore[attr-defined]
    if num_pr is None:
        return None
    return num_pr.numId.val, num_pr.ilvl.val


def cluster_heading(name: str) -> str:
    return f"{name} ({', '.join(CLUSTERS[name])})"


def test_title_block_and_item_headings_use_built_in_styles(shared_seed_workshop: SeedWorkshop, tmp_path: Path) -> None:
    document = export(shared_seed_workshop, tmp_path, written_on=dt.date(2014, 2, 3))

    assert headings(document, "Title") == ["Temadag om sundhedsaftalen"]
    assert headings(document, "Subtitle") == ["Referat"]
    assert "Aalborg, 24. januar 2014" in [p.text for p in document.paragraphs]
    assert "Dato: 3. februar 2014" in [p.text for p in document.paragraphs]
    assert "Mail: lenant@example.dk" in [p.text for p in document.paragraphs]
    assert headings(document, "Heading 1") == [
        "Deltagere",
        "Program",
        "1. Velkomst v/ Ole Stavad",
        "2. Optakt til samarbejdet om sundhedsaftaler og praksisplan v/ Christian Harsløf",
        "4. Opsamling på målsætninger/visioner",  # the numbers the agenda gives: 3 is lunch
        "5. Prioritering",
        "6. Accepter, kritiser, tilbyd",
        "7. Hvad skal vi holde op med?",
        "9. Det videre forløb",  # 8 has nothing recorded
        "10. Evaluering",
        "Bilag",
    ]
    assert [cluster_heading(name) for name in CLUSTERS] == [
        h for h in headings(document, "Heading 2") if h.startswith("Klynge")
    ]


def test_each_cluster_list_restarts_at_one_with_sub_points_indented(
    shared_seed_workshop: SeedWorkshop, tmp_path: Path
) -> None:
    document = export(shared_seed_workshop, tmp_path)
    numbers = document.part.numbering_part.element
    list_ids = []
    for name, points in LISTS.items():
        items = paragraphs_after(document, cluster_heading(name))
        extra = SUB_POINTS if name == "Klynge Midt" else []
        assert [p.text for p in items if numbering(p)] == [points[0], *extra, *points[1:]] if extra else points
        ids = {numbering(p)[0] for p in items}
        assert len(ids) == 1
        list_ids.append(ids.pop())
        levels = [numbering(p)[1] for p in items]
        assert levels == ([0, 1, 1] + [0] * (len(points) - 1) if extra else [0] * len(points))
    assert len(set(list_ids)) == len(CLUSTERS)
    for num_id in list_ids:
        num = numbers.num_having_numId(num_id)
        overrides = num.findall(qn("w:lvlOverride"))
        assert overrides[0].find(qn("w:startOverride")).get(qn("w:val")) == "1"
    abstract = numbers.find(qn("w:abstractNum"))
    assert abstract.find(qn("w:lvl")).find(qn("w:numFmt")).get(qn("w:val")) == "decimal"


def test_plenary_questions_answers_and_decisions_are_labelled(shared_seed_workshop: SeedWorkshop, tmp_path: Path) -> None:
    document = export(shared_seed_workshop, tmp_path)
    talk = [p.text for p in paragraphs_after(document, "2. Optakt til samarbejdet om sundhedsaftaler og praksisplan v/ Christian Harsløf")]
    assert talk == [  # the questions and answers first, then the other lines, then the bilag
        f"Spørgsmål: {QUESTION}",
        f"Svar: {ANSWER}",
        "Flere opgaver skal løses i det nære sundhedsvæsen.",
        "Bilag:",
        "Slides fra oplægget",
    ]
    plenary = paragraphs_after(document, "I plenum")
    assert plenary[0].text == f"Beslutning: {DECISION}"
    assert plenary[0].runs[0].bold


def test_the_questions_put_to_the_room_head_the_answers(shared_seed_workshop: SeedWorkshop, tmp_path: Path) -> None:
    document = export(shared_seed_workshop, tmp_path)
    prompts = paragraphs_after(document, "4. Opsamling på målsætninger/visioner")
    assert [p.text for p in prompts] == PROMPTS  # the phase repeats the item's first: shown once
    assert all(p.runs[0].bold for p in prompts)


def test_themes_name_the_clusters_they_came_from(shared_seed_workshop: SeedWorkshop, tmp_path: Path) -> None:
    document = export(shared_seed_workshop, tmp_path)
    themes = [p.text for p in paragraphs_after(document, "Opsamling i plenum") if p.text]
    assert themes == [
        "Lighed mellem somatik og psykiatri (Klynge Syd, Klynge Vest)",
        "Det sammenhængende borgerforløb (Klynge Nord)",
        "Velfærdsteknologi",
    ]


def test_a_theme_built_from_the_previous_items_lines_names_their_clusters(
    seed_workshop: SeedWorkshop, tmp_path: Path
) -> None:
    from facilitator.services.capture import CaptureService
    from facilitator.services.synthesis import SynthesisService

    synthesis = SynthesisService(seed_workshop.store)
    theme_id, _ = synthesis.create_theme(seed_workshop.items["vote"], "Fælles sprog")
    lines = CaptureService(seed_workshop.store).lines(seed_workshop.items["goals"], seed_workshop.clusters["Klynge Nord"])
    synthesis.assign([lines[0].id], theme_id)
    document = export(seed_workshop, tmp_path)
    themes = [p.text for p in paragraphs_after(document, "Opsamling i plenum") if p.text]
    summary = [p.text for p in document.paragraphs if p.text.startswith("Fælles sprog")]
    assert themes and summary == ["Fælles sprog (Klynge Nord)"]


def table_text(table: object) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]  # type: ignore[attr-defined]


def test_tables_programme_votes_aco_columns_actions_evaluation(shared_seed_workshop: SeedWorkshop, tmp_path: Path) -> None:
    document = export(shared_seed_workshop, tmp_path)
    programme, votes, aco, columns, actions, evaluation = (table_text(t) for t in document.tables)
    assert programme[0] == ["Planlagt", "Faktisk", "Punkt", "Oplægsholder"]
    assert programme[2] == ["09.15–10.00", "10.20–11.12", "2. Optakt til samarbejdet om sundhedsaftaler og praksisplan", "Christian Harsløf"]
    assert programme[3][2] == "3. Frokost"
    assert votes == [
        ["Forslag", "Klynge Syd", "Klynge Nord", "Klynge Midt", "Stemmer"],
        ["Lighed mellem somatik og psykiatri", "3", "2", "0", "5"],
        ["Det sammenhængende borgerforløb", "0", "0", "4", "4"],
        ["Velfærdsteknologi", "0", "0", "0", "0"],
    ]
    assert aco == [
        ["Klynge", "Accepter", "Kritiser", "Tilbyd"],
        ["Klynge Syd", "Godt forslag", "", "Vi deler vores erfaringer"],
        ["Klynge Nord", "", "Hvem betaler?", ""],
    ]
    assert columns == [
        ["Hvad skal vi holde op med?", "Hvad skal vi fortsætte med?"],
        ["Lange dagsordener", "Klyngemøderne"],
        ["", "Fælles seminarer"],
    ]
    assert actions == [["Hvad", "Hvem", "Hvornår"], ["Udkast til målsætninger", "SKU", "uge 12"]]
    assert evaluation == [
        ["Dimension", "Bemærkninger", "Vurdering (1–5)"],
        ["Rammerne", "Fine rammer, gode lokaler", "4,0"],
        ["Indhold", "Super oplæg", "5,0"],
    ]
    assert all(t.style.name == "Light Grid Accent 1" for t in document.tables)


def test_programme_and_vote_charts_are_png_pictures(shared_seed_workshop: SeedWorkshop, tmp_path: Path) -> None:
    document = export(shared_seed_workshop, tmp_path)
    assert len(document.inline_shapes) == 2  # planned vs actual under the programme, the vote
    images = [p for p in document.part.package.parts if p.content_type == "image/png"]
    assert len(images) == 2 and all(image.blob.startswith(b"\x89PNG") for image in images)
    assert len(export(shared_seed_workshop, tmp_path, programme_chart=False).inline_shapes) == 1


def test_footer_page_numbers_language_and_core_properties(shared_seed_workshop: SeedWorkshop, tmp_path: Path) -> None:
    document = export(shared_seed_workshop, tmp_path)
    footer = document.sections[0].footer._element.xml
    assert " PAGE " in footer and " NUMPAGES " in footer
    assert document.sections[0].footer.paragraphs[0].text.startswith("Side ")
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(".//" + qn("w:lang")).get(qn("w:val")) == "da-DK"
    properties = document.core_properties
    assert properties.title == "Temadag om sundhedsaftalen"
    assert properties.author == "Lene Antonsen"
    assert properties.language == "da-DK"
    assert properties.created.date() == dt.datetime.now(dt.timezone.utc).date()


def test_english_minutes_on_request(shared_seed_workshop: SeedWorkshop, tmp_path: Path) -> None:
    document = export(shared_seed_workshop, tmp_path, language="en")
    assert headings(document, "Subtitle") == ["Minutes"]
    assert "2. Optakt til samarbejdet om sundhedsaftaler og praksisplan – Christian Harsløf" in headings(document, "Heading 1")
    assert table_text(document.tables[0])[2][:2] == ["09:15–10:00", "10:20–11:12"]
    lang = document.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    assert lang.get(qn("w:val")) == "en-GB"


def test_options_empty_sections_actual_times_and_emails(shared_seed_workshop: SeedWorkshop, tmp_path: Path) -> None:
    default = export(shared_seed_workshop, tmp_path)
    assert "Punkt uden referat" not in " ".join(headings(default, "Heading 1"))
    assert any("um@rebild.dk" in p.text for p in default.paragraphs)

    chosen = export(shared_seed_workshop, tmp_path, include_empty=True, show_actual_times=False, include_emails=False)
    assert "8. Punkt uden referat" in headings(chosen, "Heading 1")
    assert table_text(chosen.tables[0])[0] == ["Planlagt", "Punkt", "Oplægsholder"]
    assert not any("um@rebild.dk" in p.text for p in chosen.paragraphs)
    assert any(p.text == "Ulla Madsen, Sundhedschef, Rebild Kommune" for p in chosen.paragraphs)


def test_progress_counts_up_to_the_total(shared_seed_workshop: SeedWorkshop) -> None:
    data = read(shared_seed_workshop)
    calls: list[tuple[int, int]] = []
    build_minutes(data, MinutesOptions(), lambda done, total: calls.append((done, total)))
    assert calls[0][0] == 1
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1][0] < calls[-1][1] and len(calls) >= 2


def test_the_built_bytes_open_again(shared_seed_workshop: SeedWorkshop) -> None:
    document = docx.Document(io.BytesIO(build_minutes(read(shared_seed_workshop))))
    assert document.paragraphs[0].text == "Temadag om sundhedsaftalen"
