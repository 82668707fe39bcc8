"""Whatever was typed, the minutes export and open again; big workshops export too."""

from __future__ import annotations

import io

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QGuiApplication

from facilitator.domain.kinds import ItemKind, Stance
from facilitator.domain.notes import ListBlock, ListEntry, Notes, Paragraph, Span, Speaker
from facilitator.export.document import Heading
from facilitator.export.docx_text import word_text
from facilitator.export.minutes import MinutesOptions, build_minutes, build_plan
from facilitator.export.qt_writer import qt_document
from facilitator.export.text import HEADING_LIMIT
from facilitator.services.reading import WorkshopReading
from tests.reading_builders import (
    action,
    attachment,
    cluster,
    dimension,
    item,
    line,
    participant,
    proposal,
    tally,
    theme,
    workshop,
)

TYPED = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=60)
"""Anything at all: C0/C1 controls, lone surrogates, emoji, right-to-left scripts, U+FFFF."""


def minutes_of(texts: list[str]) -> WorkshopReading:
    """Every field of every part of the reading filled with the given texts."""
    pick = lambda index: texts[index % len(texts)]  # noqa: E731
    clusters = (cluster(1, pick(0), (pick(1), pick(2)), pick(3)), cluster(2, pick(4), (), "#f58518"))
    lines = tuple(
        line(i + 1, 1, (1, 2, None)[i % 3], pick(i), kind=kind, parent_id=i if i % 4 == 3 else None,
             column=i % 2, author=pick(i + 1))
        for i, kind in enumerate(["idea", "question", "answer", "note", "decision", "idea"])
    )
    notes = Notes((Speaker(pick(27), pick(28), pick(29)), Paragraph((Span(pick(30)), Span(pick(31), True))),
                   ListBlock(True, (ListEntry((Span(pick(32)),), 0), ListEntry((Span(pick(33)),), 1)))))
    items = (
        item(1, pick(5), presenter=pick(6), description=pick(7), contributions=lines, notes=notes,
             themes=(theme(1, 1, pick(8), (1, 2)),), tallies=(tally(1, pick(9), ((1, 2), (None, 1))),),
             proposals=(proposal(1, pick(10), 1, ((2, Stance.CRITICISE, pick(11)),)),),
             attachments=(attachment(1, pick(12), item_id=1),)),
        item(2, pick(13), kind=ItemKind.PLENARY, columns=(pick(14), pick(15)), contributions=lines),
    )
    return WorkshopReading(
        workshop=workshop(pick(16)),
        clusters=clusters,
        participants=(participant(1, pick(17), organisation=pick(18), role=pick(19), email=pick(20), cluster_id=1),),
        items=items,
        evaluation=(dimension(1, pick(21), ((pick(22), 3),)),),
        actions=(action(1, pick(23), pick(24), pick(25)),),
        attachments=(attachment(2, pick(26)),),
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TYPED, min_size=1, max_size=40))
def test_any_typed_text_exports_and_opens(qapp: QGuiApplication, texts: list[str]) -> None:
    reading = minutes_of(texts)
    document = docx.Document(io.BytesIO(build_minutes(reading, MinutesOptions(include_empty=True))))
    body = "\n".join(p.text for p in document.paragraphs)
    preview = qt_document(build_plan(reading, MinutesOptions(include_empty=True))).toRawText()
    for piece in word_text(reading.items[0].contributions[0].text).split("\n"):  # a paragraph a line
        assert piece.strip() in body and piece.strip() in preview
    assert len(document.core_properties.title) <= 255


def test_very_long_texts_export(qapp: QGuiApplication) -> None:
    long = "Lang tekst med æøå, 😀 og שלום. " * 3_500  # about 110,000 characters
    reading = minutes_of([long, "kort"])
    document = docx.Document(io.BytesIO(build_minutes(reading)))
    assert long.strip() in "\n".join(p.text for p in document.paragraphs)
    assert document.core_properties.title.endswith("\u2026")
    # Headings stay headings: cut after a word, the whole text right below them.
    plan = build_plan(reading)
    headings = [block for block in plan.blocks if isinstance(block, Heading)]
    assert headings and all(len(h.text) <= HEADING_LIMIT for h in headings)
    item_heading = next(i for i, b in enumerate(plan.blocks) if isinstance(b, Heading) and b.text.startswith("1. "))
    assert plan.blocks[item_heading].text.endswith("\u05e9\u05dc\u05d5\u05dd\u2026")  # after a word, not in one
    assert long.strip() in plan.blocks[item_heading + 1].text  # the presenter's whole (pasted) text
    assert all(len(part.title) <= HEADING_LIMIT for part in plan.parts)


def test_thousands_of_contributions(qapp: QGuiApplication) -> None:
    lines = tuple(line(i + 1, 1, 1 + i % 4, f"Punkt {i} fra klyngen") for i in range(4_000))
    clusters = tuple(cluster(c, f"Klynge {c}", ("Kommune",)) for c in range(1, 5))
    reading = WorkshopReading(workshop(" Stor workshop"), clusters=clusters,
                              items=(item(1, "Gruppearbejde", contributions=lines),))
    document = docx.Document(io.BytesIO(build_minutes(reading)))
    numbered = [p for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    assert len(numbered) == 4_000
    assert len({p._p.pPr.numPr.numId.val for p in numbered}) == 4
