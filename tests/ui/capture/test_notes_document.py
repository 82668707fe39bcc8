"""Notes shown in the editor's document read back exactly as they went in."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from facilitator.domain.notes import ListBlock, ListEntry, Notes, Paragraph, Span, Speaker, normalised
from facilitator.ui.capture.notes_document import read_notes, set_document_notes

WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1,
                max_size=12)
SPANS = st.lists(st.builds(Span, WORDS, st.booleans()), min_size=1, max_size=3).map(tuple)
BLOCKS = st.one_of(
    st.builds(Paragraph, SPANS),
    st.builds(Speaker, WORDS, WORDS, st.just("")),
    st.builds(ListBlock, st.booleans(),
              st.lists(st.builds(ListEntry, SPANS, st.integers(0, 2)), min_size=1, max_size=4).map(tuple)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(BLOCKS, max_size=8))
@example([Paragraph((Span("\ufffc"),))])  # the stand-in for an embedded object
@example([Paragraph((Span("før\ufdd0efter\ufdd1"),))])  # the document's own frame marks
def test_round_trip(qapp: QApplication, blocks: list) -> None:
    notes = normalised(blocks)
    document = QTextDocument()
    set_document_notes(document, notes)
    assert read_notes(document) == notes


def test_a_line_break_inside_a_paragraph_survives(qapp: QApplication) -> None:
    notes = Notes((Paragraph((Span("Første linje\nanden linje"),)),))
    document = QTextDocument()
    set_document_notes(document, notes)
    assert document.blockCount() == 1 and read_notes(document) == notes


def test_a_speaker_line_edited_by_hand_is_what_it_says(qapp: QApplication) -> None:
    document = QTextDocument()
    set_document_notes(document, Notes((Speaker("Jes Søgaard", "Professor"),)))
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertText(", SDU")
    assert read_notes(document) == Notes((Speaker("Jes Søgaard, Professor, SDU"),))
