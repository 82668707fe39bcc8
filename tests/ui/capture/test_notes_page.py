"""The minute-taker types the prose of seed 001's opening into the demo workshop's first item.

Everything goes in by keys, as at the workshop: the speaker picked with Ctrl+Shift+S, bold with
Ctrl+B, lists started with "1. " and "- ", ended with Enter on an empty entry. The text is on
disk a second after typing (or at once when the editor is left), and the Word and PDF minutes
show it in the seed's shape.
"""

from __future__ import annotations

import io
import subprocess
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from facilitator.domain.notes import ListBlock, ListEntry, Paragraph, spans
from facilitator.export.minutes import export_minutes
from facilitator.services.bundle import Services
from facilitator.ui.capture.notes_page import NotesPage
from facilitator.ui.change_feed import ChangeFeed
from tests.document_text import docx_lines
from tests.seed_prose import BULLETS, INVEST, KORT, MAAL, OLE, OPLAEG, POINTS, SEED_OPENING, THOGER

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier



@pytest.fixture
def demo(services: Services) -> tuple[int, int]:
    workshop_id, _ = services.templates.create_demo()
    return workshop_id, services.agenda.agenda(workshop_id).items[0].id


@pytest.fixture
def page(qtbot: QtBot, services: Services, demo: tuple[int, int]) -> Iterator[NotesPage]:
    window = QWidget()  # the page and a field after it, as on the capture screen
    layout = QVBoxLayout(window)
    shown = NotesPage(services.notes, services.setup, ChangeFeed())
    layout.addWidget(shown)
    layout.addWidget(QLineEdit(objectName="nextField"))
    qtbot.addWidget(window)
    shown.show_workshop(demo[0])
    shown.set_item(demo[1])
    window.show()
    qtbot.waitExposed(window)
    shown.focus_work()
    yield shown  # the window stays alive with the fixture


def focused() -> object:
    return QApplication.focusWidget()


def speak(qtbot: QtBot, page: NotesPage, filter_text: str) -> None:
    qtbot.keyClick(page.editor, Qt.Key.Key_S, CTRL_SHIFT)
    assert page.picker.isVisible() and focused() is page.picker.filter
    qtbot.keyClicks(page.picker.filter, filter_text)
    qtbot.keyClick(page.picker.filter, Qt.Key.Key_Return)
    assert not page.picker.isVisible() and focused() is page.editor


def line(qtbot: QtBot, page: NotesPage, text: str) -> None:
    qtbot.keyClicks(page.editor, text)
    qtbot.keyClick(page.editor, Qt.Key.Key_Return)


def type_seed_opening(qtbot: QtBot, page: NotesPage) -> None:
    editor = page.editor
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)  # whatever the demo holds goes
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    speak(qtbot, page, "ole st")
    line(qtbot, page, OLE)
    line(qtbot, page, MAAL)
    speak(qtbot, page, "Thøger")
    line(qtbot, page, THOGER)
    speak(qtbot, page, "harsl")
    line(qtbot, page, OPLAEG)
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(editor, KORT)
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "1. ")  # starts a numbered list
    for point in POINTS:
        line(qtbot, page, point)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter on the empty entry ends the list
    line(qtbot, page, INVEST)
    qtbot.keyClicks(editor, "- ")
    for bullet in BULLETS:
        line(qtbot, page, bullet)
    assert focused() is editor


def test_the_seeds_opening_typed_by_keys_is_stored_as_typed(
    qtbot: QtBot, page: NotesPage, services: Services, demo: tuple[int, int]
) -> None:
    type_seed_opening(qtbot, page)
    qtbot.waitUntil(lambda: services.notes.notes(demo[1]) == SEED_OPENING, timeout=3000)  # ~1 s after typing
    assert not page.dirty() and page.status.text() == "Saved"


def test_leaving_the_editor_saves_at_once(qtbot: QtBot, page: NotesPage, services: Services,
                                         demo: tuple[int, int]) -> None:
    qtbot.keyClick(page.editor, Qt.Key.Key_End, CTRL)  # the demo's text ends in a list:
    qtbot.keyClick(page.editor, Qt.Key.Key_Return)  # a new entry, and Enter on it ends the list
    qtbot.keyClick(page.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(page.editor, "Tilføjet")
    assert page.dirty()
    qtbot.keyClick(page.editor, Qt.Key.Key_Tab)  # outside a list, Tab moves on to the next field
    assert focused().objectName() == "nextField"
    assert not page.dirty()
    assert services.notes.notes(demo[1]).plain_text().endswith("Tilføjet")


def test_the_typed_prose_reaches_word_and_pdf_in_the_seeds_shape(
    qtbot: QtBot, page: NotesPage, services: Services, demo: tuple[int, int], tmp_path: Path,
    qapp: QGuiApplication
) -> None:
    type_seed_opening(qtbot, page)
    assert page.save()
    reading = services.reading.read(demo[0])
    word = export_minutes(reading, tmp_path / "referat.docx")
    lines = docx_lines(word.read_bytes())
    start = next(i for i, (kind, _m, text) in enumerate(lines) if kind == "h1" and text.startswith("1. "))
    assert lines[start + 1:start + 16] == [
        ("p", "", "Ole Stavad, Tidligere næstformand, Sundhedskoordinationsudvalget…"),
        ("p", "", OLE), ("p", "", MAAL),
        ("p", "", "Thøger Michelsen, Proceskonsulent…"), ("p", "", THOGER),
        ("p", "", "Christian Harsløf, Kontorchef, KL…"), ("p", "", OPLAEG), ("p", "", KORT),
        ("li", "1.", POINTS[0]), ("li", "2.", POINTS[1]), ("li", "3.", POINTS[2]),
        ("p", "", INVEST),
        ("li", "-", BULLETS[0]), ("li", "-", BULLETS[1]), ("li", "-", BULLETS[2]),
    ]
    paragraphs = {p.text: p for p in docx.Document(io.BytesIO(word.read_bytes())).paragraphs}
    for bold in ("Ole Stavad, Tidligere næstformand, Sundhedskoordinationsudvalget…",
                 "Christian Harsløf, Kontorchef, KL…", KORT):  # the seed's bold lines
        assert all(run.bold for run in paragraphs[bold].runs), bold
    assert not any(run.bold for run in paragraphs[OPLAEG].runs)
    pdf = export_minutes(reading, tmp_path / "referat.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = " ".join(text.split())
    assert "Christian Harsløf, Kontorchef, KL… " + OPLAEG in flat
    assert "1. " + POINTS[0][:40] in flat and "3. " + POINTS[2][:40] in flat


def test_a_paste_from_word_keeps_lists_and_bold_and_nothing_else(qtbot: QtBot, page: NotesPage) -> None:
    qtbot.keyClick(page.editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(page.editor, Qt.Key.Key_Delete)
    mime = QMimeData()
    mime.setHtml('<p style="color:red;font-family:Comic Sans"><b>Kort fortalt:</b> <a href="x">link</a></p>'
                 "<ol><li>Et</li><li>To<ul><li>Under</li></ul></li></ol><script>evil()</script>"
                 '<img src="file:///etc/passwd"><table><tr><td>Celle</td></tr></table>')
    mime.setText("Kort fortalt: link")
    # What Ctrl+V hands over (the clipboard itself would take the QMimeData from Python: a double
    # free at exit in PySide6); the plain-text paste below goes through the real clipboard.
    page.editor.insertFromMimeData(mime)
    assert page.save()
    from facilitator.ui.capture.notes_document import read_notes

    notes = read_notes(page.editor.document())
    assert notes.blocks == (
        Paragraph(spans(("Kort fortalt:", True), " link")),
        ListBlock(True, (ListEntry(spans("Et")), ListEntry(spans("To")))),
        ListBlock(False, (ListEntry(spans("Under"), 1),)),
        Paragraph(spans("Celle")),
    )
    html = page.editor.toHtml()
    assert "Comic" not in html and "evil" not in html and "passwd" not in html and "color:#ff0000" not in html
    QGuiApplication.clipboard().setText("- Punkt fra en mail\n- Og et til")
    qtbot.keyClick(page.editor, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(page.editor, Qt.Key.Key_V, CTRL)
    assert read_notes(page.editor.document()).blocks[-1] == ListBlock(
        False, (ListEntry(spans("Punkt fra en mail")), ListEntry(spans("Og et til"))))


def test_lists_by_keys_tab_levels_and_backspace_out(qtbot: QtBot, page: NotesPage) -> None:
    editor = page.editor
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_O, CTRL_SHIFT)  # numbered list
    line(qtbot, page, "Et")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    line(qtbot, page, "Under")
    qtbot.keyClick(editor, Qt.Key.Key_Backtab)
    line(qtbot, page, "To")
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)  # at the start of an empty entry: out of the list
    qtbot.keyClicks(editor, "Efter")
    from facilitator.ui.capture.notes_document import read_notes

    assert read_notes(editor.document()).blocks == (
        ListBlock(True, (ListEntry(spans("Et")), ListEntry(spans("Under"), 1), ListEntry(spans("To")))),
        Paragraph(spans("Efter")),
    )
    assert focused() is editor
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # outside a list Tab moves on, as on the whole screen
    assert focused() is not editor


def test_the_capture_screen_holds_the_text_and_keeps_it_while_the_run_moves_on(
    qtbot: QtBot, world, services: Services, view  # noqa: ANN001 (conftest fixtures)
) -> None:
    view.set_item(world.talk_item_id)
    assert view.tabs.currentWidget() is view.notes
    view.focus_work()
    assert focused() is view.notes.editor
    qtbot.keyClicks(view.notes.editor, "Oplægsholderen indledte")
    view.follow_run(world.group_item_id)  # the run moved on while the minute-taker writes
    assert view.item_id() == world.talk_item_id and view.follower.waiting()
    view.notes.editor.clearFocus()
    qtbot.waitUntil(lambda: view.item_id() == world.group_item_id, timeout=2000)
    assert services.notes.notes(world.talk_item_id).plain_text() == "Oplægsholderen indledte"
