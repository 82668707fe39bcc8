"""The minutes as the reader will see them: prose first, the app's numbers, no doubled labels,
pictures shown, tables that stay readable with many clusters."""

from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QGuiApplication, QImage

from facilitator.domain.kinds import ContributionKind, ItemKind
from facilitator.domain.notes import ListBlock, ListEntry, Notes, Paragraph, Speaker, spans
from facilitator.export.document import ListBlock as PlanList, Paragraph as PlanParagraph, Picture, Table
from facilitator.export.minutes import MinutesOptions, build_minutes, build_plan
from facilitator.services.reading import WorkshopReading
from tests.document_text import docx_lines
from tests.reading_builders import attachment, cluster, item, line, tally, workshop

OPENING = Notes((
    Speaker("Christian Harsløf", "kontorchef", "KL"),
    Paragraph(spans("Oplæg vedr.: Optakt til samarbejdet om sundhedsaftaler og praksisplan")),
    Paragraph(spans(("Kort fortalt:", True))),
    ListBlock(True, (ListEntry(spans("Flere opgaver skal løses i det nære sundhedsvæsen")),
                     ListEntry(spans("Styrket fokus på den patientrettede og rehabiliterende indsats")))),
))


def png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#54a24b"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def talk(**captured: object) -> WorkshopReading:
    return WorkshopReading(workshop("Temadag"), items=(
        item(1, "Velkomst", kind=ItemKind.BREAK),
        item(2, "Optakt", kind=ItemKind.PRESENTATION, presenter="Christian Harsløf",
             description="Programmets beskrivelse af oplægget", **captured),
    ))


def section(lines: list[tuple[str, str, str]], heading: str) -> list[tuple[str, str, str]]:
    start = lines.index(("h1", "", heading)) + 1
    end = next((i for i in range(start, len(lines)) if lines[i][0] == "h1"), len(lines))
    return lines[start:end]


def test_notes_come_first_in_the_seeds_shape_then_questions_and_answers(qapp: QGuiApplication) -> None:
    qa = (line(1, 2, None, "Hvordan sikrer vi en fornuftig arbejdsdeling?", kind=ContributionKind.QUESTION),
          line(2, 2, None, "En masse fordomme om hinandens opgaveløsning.", kind=ContributionKind.ANSWER, parent_id=1))
    data = build_minutes(talk(notes=OPENING, contributions=qa))
    body = section(docx_lines(data), "2. Optakt v/ Christian Harsløf")
    assert body == [
        ("p", "", "Christian Harsløf, kontorchef, KL…"),
        ("p", "", "Oplæg vedr.: Optakt til samarbejdet om sundhedsaftaler og praksisplan"),
        ("p", "", "Kort fortalt:"),
        ("li", "1.", "Flere opgaver skal løses i det nære sundhedsvæsen"),
        ("li", "2.", "Styrket fokus på den patientrettede og rehabiliterende indsats"),
        ("p", "", "Spørgsmål: Hvordan sikrer vi en fornuftig arbejdsdeling?"),
        ("p", "", "Svar: En masse fordomme om hinandens opgaveløsning."),
    ]  # the programme's description gives way to what was said
    document = docx.Document(io.BytesIO(data))
    speaker = next(p for p in document.paragraphs if p.text.startswith("Christian Harsløf"))
    assert all(run.bold for run in speaker.runs) and speaker.paragraph_format.keep_with_next
    bold = next(p for p in document.paragraphs if p.text == "Kort fortalt:")
    assert bold.runs[0].bold
    assert section(docx_lines(build_minutes(talk())), "2. Optakt v/ Christian Harsløf") == [
        ("p", "", "Programmets beskrivelse af oplægget")]


def test_a_label_the_user_typed_is_not_doubled(qapp: QGuiApplication) -> None:
    lines = (line(1, 2, None, "Beslutning: Vi arbejder videre", kind=ContributionKind.DECISION),
             line(2, 2, None, "beslutning vi mødes igen", kind=ContributionKind.DECISION),
             line(3, 2, None, "Beslutningen blev udskudt", kind=ContributionKind.DECISION),
             line(4, 2, None, "Spørgsmål: Hvem betaler?", kind=ContributionKind.QUESTION))
    texts = [text for _k, _m, text in docx_lines(build_minutes(talk(contributions=lines)))]
    assert "Beslutning: Vi arbejder videre" in texts and "Beslutning: vi mødes igen" in texts
    assert "Beslutning: Beslutningen blev udskudt" in texts and "Spørgsmål: Hvem betaler?" in texts
    assert not any(t.casefold().startswith(("beslutning: beslutning:", "beslutning: beslutning ", "spørgsmål: spørgsmål"))
                   for t in texts)


def test_attachments_under_their_item_pictures_shown_titles_without_suffix(qapp: QGuiApplication) -> None:
    files = (attachment(1, "slides.pptx", "slides.pptx", 5_000, item_id=2),
             attachment(2, "Hjul til diagnosticering", "hjul.png", 900, item_id=2),
             attachment(3, "Træningsforløb", "forløb.pdf", 800, item_id=2),
             attachment(4, "foto.jpg", "foto.jpg", 10, item_id=2))  # claims to be a picture, is not
    reading = talk(attachments=files)
    reading = WorkshopReading(reading.workshop, items=reading.items, pictures={2: png(400, 300), 4: b"nonsense"})
    plan = build_plan(reading)
    pictures = [b for b in plan.blocks if isinstance(b, Picture)]
    assert len(pictures) == 1 and pictures[0].caption == "Hjul til diagnosticering"
    assert 0.3 < pictures[0].width < 0.5  # 400 px is shown at its size, not blown up
    body = section(docx_lines(build_minutes(reading)), "2. Optakt v/ Christian Harsløf")
    assert body[body.index(("p", "", "Bilag:")) + 1:] == [
        ("li", "-", "slides"), ("p", "", "Hjul til diagnosticering"), ("li", "-", "Træningsforløb"),
        ("li", "-", "foto"),
    ]
    document = docx.Document(io.BytesIO(build_minutes(reading)))
    assert len(document.inline_shapes) == 1


def test_a_vote_by_eight_clusters_stacks_the_dots_and_tables_keep_rows_whole(qapp: QGuiApplication) -> None:
    clusters = tuple(cluster(c, f"Klynge {c}") for c in range(1, 9))
    options = (tally(1, "Fælles IT-platform", tuple((c, c % 3) for c in range(1, 9))),
               tally(2, "Shared care", ((1, 4), (8, 1))))
    reading = WorkshopReading(workshop("Temadag"), clusters=clusters,
                              items=(item(1, "Prioritering", kind=ItemKind.PLENARY, tallies=options),))
    tables = [b for b in build_plan(reading).blocks if isinstance(b, Table)]
    vote = tables[-1]
    assert vote.header == ("Forslag", "Stemmer", "Pr. klynge")
    assert vote.rows[0] == (("Fælles IT-platform",), ("9",), ("Klynge 1: 1", "Klynge 2: 2", "Klynge 4: 1",
                                                            "Klynge 5: 2", "Klynge 7: 1", "Klynge 8: 2"))
    document = docx.Document(io.BytesIO(build_minutes(reading)))
    for table in document.tables:
        rows = table._tbl.tr_lst
        assert rows[0].trPr.find(qn("w:tblHeader")) is not None
        assert all(row.trPr.find(qn("w:cantSplit")) is not None for row in rows)
    four = (tally(1, "Fælles IT-platform", tuple((c, 1) for c in range(1, 5))),)
    few = WorkshopReading(workshop("Temadag"), clusters=clusters[:4],
                          items=(item(1, "Prioritering", kind=ItemKind.PLENARY, tallies=four),))
    vote = [b for b in build_plan(few).blocks if isinstance(b, Table)][-1]
    assert vote.header == ("Forslag", "Klynge 1", "Klynge 2", "Klynge 3", "Klynge 4", "Stemmer")


def test_sections_keep_the_agendas_numbers(qapp: QGuiApplication) -> None:
    reading = talk(notes=OPENING)
    plan = build_plan(reading, MinutesOptions(language="en"))
    assert [h.text for h in plan.headings() if h.level == 1][-1] == "2. Optakt – Christian Harsløf"
    programme = next(b for b in plan.blocks if isinstance(b, Table))
    assert [row[1] for row in programme.rows] == [("1. Velkomst",), ("2. Optakt",)]
    kinds = {type(b) for b in plan.blocks}
    assert PlanParagraph in kinds and PlanList in kinds
