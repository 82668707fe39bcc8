"""The Word writer and the Qt writer (preview, PDF) never drift: same text, headings, numbering.

Every seed-shaped workshop is checked: the seed-001 test workshop with prose notes, and every
template the app ships (the demo, seed 002's klyngeseminar, the other real days).
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import docx
import pytest
from PySide6.QtGui import QGuiApplication

from facilitator.domain.notes import ListBlock, ListEntry, Notes, Paragraph, Speaker, spans
from facilitator.export.minutes import MinutesOptions, build_plan
from facilitator.export.docx_writer import write_docx
from facilitator.export.qt_writer import qt_document
from facilitator.services.notes import NotesService
from facilitator.services.reading import ReadingService, WorkshopReading
from facilitator.services.templates import DEMO_TEMPLATE, TemplateService, available_templates
from facilitator.storage.database import open_store
from facilitator.storage.store import Store
from tests.document_text import docx_lines, qt_lines
from tests.minutes_seed import build_seed_workshop

TEMPLATES = [DEMO_TEMPLATE] + [t.key for t in available_templates()]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    opened = open_store(tmp_path_factory.mktemp("writers") / "workshops.sqlite")
    yield opened
    opened.close()


def seed_with_notes(store: Store) -> WorkshopReading:
    seed = build_seed_workshop(store)
    NotesService(store).save(seed.items["talk"], Notes((
        Speaker("Christian Harsløf", "kontorchef", "KL"),
        Paragraph(spans("Oplæg vedr.: ", ("Optakt til samarbejdet", True))),
        ListBlock(True, (ListEntry(spans("Et")), ListEntry(spans("Under"), 1), ListEntry(spans("To")),
                         ListEntry(spans("Under igen"), 1), ListEntry(spans("Dybt"), 2))),
        ListBlock(False, (ListEntry(spans("Kompetenceudvikling")),)),
    )))
    return ReadingService(store).read(seed.workshop_id)


def readings(store: Store) -> Iterator[tuple[str, WorkshopReading]]:
    yield "seed 001", seed_with_notes(store)
    service = TemplateService(store)
    for key in TEMPLATES:
        workshop_id, _ = service.create_from_template(key)
        yield key, ReadingService(store).read(workshop_id)


@pytest.mark.parametrize("language", ["da", "en"])
def test_word_and_qt_show_the_same_text_headings_and_numbers(
    store: Store, qapp: QGuiApplication, language: str
) -> None:
    for name, reading in readings(store):
        plan = build_plan(reading, MinutesOptions(language=language, include_empty=True))
        word = docx_lines(write_docx(plan))
        qt = qt_lines(qt_document(plan))
        assert word == qt, name
        headings = [text for kind, _m, text in word if kind == "h1"]
        numbered = [h for h in headings if h[0].isdigit()]
        assert [int(h.split(".")[0]) for h in numbered] == sorted(
            i.number for i in reading.items if i.item.kind != "break"), name
        assert [h.text for h in plan.headings() if h.level == 1] == headings, name


def test_nested_numbering_restarts_under_each_parent(store: Store, qapp: QGuiApplication) -> None:
    plan = build_plan(seed_with_notes(store))
    word = docx_lines(write_docx(plan))
    start = word.index(("li", "1.", "Et"))
    assert word[start:start + 6] == [
        ("li", "1.", "Et"), ("li", "a)", "Under"), ("li", "2.", "To"), ("li", "a)", "Under igen"),
        ("li", "i.", "Dybt"), ("li", "-", "Kompetenceudvikling"),
    ]
    assert qt_lines(qt_document(plan))[start:start + 6] == word[start:start + 6]
    assert docx.Document(io.BytesIO(write_docx(plan))).paragraphs  # opens again
