"""Whatever was typed, the minutes export and open again; big workshops export too."""

from __future__ import annotations

import datetime as dt
import io

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QGuiApplication

from facilitator.export.docx_text import word_text
from facilitator.export.minutes import MinutesOptions, build_minutes
from facilitator.export.minutes_data import (
    AcoProposalInfo,
    AcoResponseInfo,
    ActionInfo,
    ClusterInfo,
    ContributionInfo,
    EvaluationRow,
    ItemMinutes,
    MinutesData,
    ParticipantInfo,
    ThemeInfo,
    VoteResult,
    WorkshopInfo,
)

TYPED = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=60)
"""Anything at all: C0/C1 controls, lone surrogates, emoji, right-to-left scripts, U+FFFF."""


def workshop(title: str, language: str = "da") -> WorkshopInfo:
    return WorkshopInfo(1, title, dt.date(2026, 3, 7), title, title, title, title, title, title, language)


def minutes_of(texts: list[str]) -> MinutesData:
    """Every field of every part of the model filled with the given texts."""
    pick = lambda index: texts[index % len(texts)]  # noqa: E731
    clusters = (ClusterInfo(1, pick(0), (pick(1), pick(2)), pick(3)), ClusterInfo(2, pick(4), (), "#f58518"))
    contributions = tuple(
        ContributionInfo(i + 1, (1, 2, None)[i % 3], i if i % 4 == 3 else None, 1, i % 2, i, kind, pick(i), pick(i + 1))
        for i, kind in enumerate(["idea", "question", "answer", "note", "decision", "idea"])
    )
    items = (
        ItemMinutes(1, "group_work", pick(5), pick(6), pick(7), 540, 600, None, None,
                    contributions=contributions, themes=(ThemeInfo(1, pick(8), (1, 2)),),
                    votes=(VoteResult(pick(9), ((1, 2), (None, 1))),),
                    aco=(AcoProposalInfo(pick(10), 1, (AcoResponseInfo(2, "criticise", pick(11)),)),),
                    attachments=(pick(12),)),
        ItemMinutes(2, "plenary", pick(13), "", "", 600, 630, None, None, capture_columns=(pick(14), pick(15)),
                    contributions=contributions),
    )
    return MinutesData(
        workshop=workshop(pick(16)),
        clusters=clusters,
        participants=(ParticipantInfo(pick(17), pick(18), pick(19), pick(20), 1),),
        items=items,
        evaluation=(EvaluationRow(pick(21), (pick(22),), (3,)),),
        actions=(ActionInfo(pick(23), pick(24), pick(25)),),
        attachments=(pick(26),),
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TYPED, min_size=1, max_size=30))
def test_any_typed_text_exports_and_opens(qapp: QGuiApplication, texts: list[str]) -> None:
    data = minutes_of(texts)
    document = docx.Document(io.BytesIO(build_minutes(data, MinutesOptions(include_empty=True))))
    body = "\n".join(p.text for p in document.paragraphs)
    assert word_text(data.items[0].contributions[0].text).strip() in body
    assert len(document.core_properties.title) <= 255


def test_very_long_texts_export(qapp: QGuiApplication) -> None:
    long = "Lang tekst med æøå, 😀 og שלום. " * 3_500  # about 110,000 characters
    data = minutes_of([long, "kort"])
    document = docx.Document(io.BytesIO(build_minutes(data)))
    assert long.strip() in "\n".join(p.text for p in document.paragraphs)
    assert document.core_properties.title.endswith("\u2026")


def test_thousands_of_contributions(qapp: QGuiApplication) -> None:
    lines = tuple(
        ContributionInfo(i + 1, 1 + i % 4, None, None, 0, i, "idea", f"Punkt {i} fra klyngen", "")
        for i in range(4_000)
    )
    clusters = tuple(ClusterInfo(c, f"Klynge {c}", ("Kommune",), "#4c78a8") for c in range(1, 5))
    item = ItemMinutes(1, "group_work", "Gruppearbejde", "", "", 540, 600, None, None, contributions=lines)
    data = MinutesData(workshop(" Stor workshop"), clusters=clusters, items=(item,))
    document = docx.Document(io.BytesIO(build_minutes(data)))
    numbered = [p for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    assert len(numbered) == 4_000
    assert len({p._p.pPr.numPr.numId.val for p in numbered}) == 4
