from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from facilitator.services.bundle import Services
from facilitator.ui.capture.contributions_page import ContributionsPage
from tests.ui.capture.conftest import press, type_text
from tests.ui.capture.seed_001 import CLUSTER_LISTS, PLENARY_SUMMARY

CTRL = Qt.KeyboardModifier.ControlModifier


def _page(qtbot, world, feed, item_id):  # noqa: ANN001, ANN202
    page = ContributionsPage(Services.over(world.store).capture, feed)
    qtbot.addWidget(page)
    page.set_item(item_id)
    page.resize(1400, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    return page


def _stored(world, item_id, cluster_id, column=0):  # noqa: ANN001, ANN202
    capture = Services.over(world.store).capture
    return [(v.text, v.parent_id is not None) for v in capture.lines(item_id, cluster_id, column)]


def _type_list(qtbot, panel, lines) -> None:  # noqa: ANN001
    for text, sub_point in lines:
        type_text(qtbot, panel.entry, text)
        press(qtbot, panel.entry, Qt.Key.Key_Return)
        if sub_point:  # Up into the list, Ctrl+Right indents the new line, Esc back to typing
            press(qtbot, panel.entry, Qt.Key.Key_Up)
            press(qtbot, panel.view, Qt.Key.Key_Right, CTRL)
            press(qtbot, panel.view, Qt.Key.Key_Escape)


def test_seed_cluster_lists_typed_cluster_by_cluster_with_tab(qtbot, world, feed):
    page = _page(qtbot, world, feed, world.group_item_id)
    assert [p.heading.text() for p in page.panels] == [*CLUSTER_LISTS, "Plenary"]
    page.focus_list(0)
    for index, lines in enumerate(CLUSTER_LISTS.values()):
        panel = page.panels[index]
        qtbot.waitUntil(panel.entry.hasFocus)
        _type_list(qtbot, panel, lines)
        press(qtbot, panel.entry, Qt.Key.Key_Tab)
    qtbot.waitUntil(page.panels[4].entry.hasFocus)  # Tab after the last cluster reaches Plenum
    for cluster_id, lines in zip(world.cluster_ids, CLUSTER_LISTS.values(), strict=True):
        assert _stored(world, world.group_item_id, cluster_id) == lines
    shown = page.panels[2].model.index(0).data()
    assert shown == "1. Velafbalanceret, gennemsigtigt sundhedsvæsen for borgeren"
    assert page.panels[2].model.index(1).data().strip() == "· Både for borgere med somatisk og psykisk sygdom"


def test_plenary_summary_typed_and_last_line_marked_decision(qtbot, world, feed):
    page = _page(qtbot, world, feed, world.summary_item_id)
    plenum = page.panels[-1]
    _type_list(qtbot, plenum, [(text, False) for text in PLENARY_SUMMARY])
    press(qtbot, plenum.entry, Qt.Key.Key_D, CTRL)  # marks the line just added
    capture = Services.over(world.store).capture
    lines = capture.lines(world.summary_item_id, None)
    assert [v.text for v in lines] == PLENARY_SUMMARY
    assert [v.kind for v in lines][-2:] == ["idea", "decision"]
    assert plenum.model.index(len(lines) - 1).data().startswith(f"{len(lines)}. ✔ ")


def test_edit_move_outdent_delete_and_undo_by_keys(qtbot, world, feed):
    page = _page(qtbot, world, feed, world.group_item_id)
    panel = page.panels[0]
    _type_list(qtbot, panel, [("første", False), ("anden", False), ("tredje", True)])
    press(qtbot, panel.entry, Qt.Key.Key_Up)  # "tredje" is current
    press(qtbot, panel.view, Qt.Key.Key_Left, CTRL)  # outdent
    press(qtbot, panel.view, Qt.Key.Key_Up, CTRL)  # move up
    assert _stored(world, world.group_item_id, world.cluster_ids[0]) == [
        ("første", False), ("tredje", False), ("anden", False)
    ]
    press(qtbot, panel.view, Qt.Key.Key_Return)  # edit in place
    editor = panel.view.findChild(QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, "tredje – rettet")
    press(qtbot, editor, Qt.Key.Key_Return)  # the delegate commits through a queued call
    qtbot.waitUntil(lambda: panel.view.state() != QAbstractItemView.State.EditingState)
    press(qtbot, panel.view, Qt.Key.Key_Delete)
    assert [t for t, _ in _stored(world, world.group_item_id, world.cluster_ids[0])] == ["første", "anden"]
    press(qtbot, panel.view, Qt.Key.Key_Z, CTRL)  # undo the delete
    assert [t for t, _ in _stored(world, world.group_item_id, world.cluster_ids[0])] == [
        "første", "tredje – rettet", "anden"
    ]
    page.undo_stack.undo()  # undo the edit
    assert _stored(world, world.group_item_id, world.cluster_ids[0])[1] == ("tredje", False)
    page.undo_stack.redo()
    assert _stored(world, world.group_item_id, world.cluster_ids[0])[1] == ("tredje – rettet", False)


def test_paste_of_many_lines_is_asked_first_then_stored(qtbot, world, feed):
    page = _page(qtbot, world, feed, world.group_item_id)
    panel = page.panels[1]
    QGuiApplication.clipboard().setText("1. Ét\r\n· under 😀\n\n2. To\x07\n")
    press(qtbot, panel.entry, Qt.Key.Key_V, CTRL)
    assert panel.paste_bar.isVisible() and "3" in panel.paste_bar.findChild(type(panel.heading)).text()
    assert _stored(world, world.group_item_id, world.cluster_ids[1]) == []
    press(qtbot, panel.entry, Qt.Key.Key_Escape)  # no: nothing stored
    assert not panel.paste_bar.isVisible()
    press(qtbot, panel.entry, Qt.Key.Key_V, CTRL)
    press(qtbot, panel.entry, Qt.Key.Key_Return)  # yes
    assert _stored(world, world.group_item_id, world.cluster_ids[1]) == [
        ("Ét", False), ("under 😀", True), ("To", False)
    ]
    press(qtbot, panel.entry, Qt.Key.Key_Z, CTRL)  # one undo removes the whole paste
    assert _stored(world, world.group_item_id, world.cluster_ids[1]) == []


def test_a_megabyte_paste_is_stored_whole(qtbot, world, feed):
    page = _page(qtbot, world, feed, world.group_item_id)
    panel = page.panels[0]
    text = "Lang tekst € " * 80_000
    QGuiApplication.clipboard().setText(text)
    press(qtbot, panel.entry, Qt.Key.Key_V, CTRL)
    press(qtbot, panel.entry, Qt.Key.Key_Return)
    assert _stored(world, world.group_item_id, world.cluster_ids[0]) == [(text.strip(), False)]


def test_half_typed_lines_survive_switching_list_and_item(qtbot, world, feed):
    page = _page(qtbot, world, feed, world.group_item_id)
    type_text(qtbot, page.panels[0].entry, "halvt skrevet")
    press(qtbot, page.panels[0].entry, Qt.Key.Key_Tab)
    type_text(qtbot, page.panels[1].entry, "også halvt")
    page.set_item(world.summary_item_id)
    assert _stored(world, world.group_item_id, world.cluster_ids[0]) == [("halvt skrevet", False)]
    assert _stored(world, world.group_item_id, world.cluster_ids[1]) == [("også halvt", False)]
    press(qtbot, page.panels[0].entry, Qt.Key.Key_Return)  # an empty Enter stores nothing
    assert _stored(world, world.summary_item_id, world.cluster_ids[0]) == []


def test_custom_columns_give_one_list_per_cluster_and_column(qtbot, world, feed):
    page = _page(qtbot, world, feed, world.table_item_id)
    assert page.panels[1].heading.text() == "Klynge Syd — Lokale ønsker"
    type_text(qtbot, page.panels[1].entry, "Tidlig inddragelse af kommunerne")
    press(qtbot, page.panels[1].entry, Qt.Key.Key_Return)
    assert _stored(world, world.table_item_id, world.cluster_ids[0], 1) == [
        ("Tidlig inddragelse af kommunerne", False)
    ]


def test_a_paste_over_100_kb_is_stored_whole_with_a_warning(qtbot, world, feed):
    page = _page(qtbot, world, feed, world.group_item_id)
    panel = page.panels[0]
    page.focus_list(0)
    qtbot.waitUntil(panel.entry.hasFocus)
    QGuiApplication.clipboard().setText("kort tekst " * 1_000)  # 11 KB: only the usual question
    press(qtbot, panel.entry, Qt.Key.Key_V, CTRL)
    question = panel.paste_bar.findChild(type(panel.heading))
    assert "KB long" not in question.text()
    press(qtbot, panel.entry, Qt.Key.Key_Escape)
    QGuiApplication.clipboard().setText("Lang tekst " * 11_000)  # 121 KB
    press(qtbot, panel.entry, Qt.Key.Key_V, CTRL)
    assert "121 KB long" in question.text() and "slow to open in Word" in question.text()
    assert panel.entry.hasFocus()
    press(qtbot, panel.entry, Qt.Key.Key_Return)
    assert len(_stored(world, world.group_item_id, world.cluster_ids[0])[0][0]) > 100_000


PASTE_QUESTIONS = {
    "da": ("Tilføj den indsatte tekst (1 tegn) som ét punkt? Enter: ja, Esc: nej",
           "Tilføj den indsatte tekst (2 tegn) som ét punkt? Enter: ja, Esc: nej"),
    "en": ("Add the pasted text (1 character) as one line? Enter: yes, Esc: no",
           "Add the pasted text (2 characters) as one line? Enter: yes, Esc: no"),
}


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_paste_question_counts_characters_in_the_singular_and_the_plural(qtbot, world, feed, language, request):
    """A long paste that is one short line after the blank lines go (a text with 2,000 empty lines)."""
    request.getfixturevalue("danish" if language == "da" else "english")
    one, two = PASTE_QUESTIONS[language]
    page = _page(qtbot, world, feed, world.group_item_id)
    panel = page.panels[0]
    page.focus_list(0)
    qtbot.waitUntil(panel.entry.hasFocus)
    question = panel.paste_bar.findChild(type(panel.heading))
    for text, asked in (("x", one), ("xy", two)):
        QGuiApplication.clipboard().setText(text + "\n" * 2_100)
        press(qtbot, panel.entry, Qt.Key.Key_V, CTRL)
        assert question.text() == asked
        assert panel.entry.hasFocus()
        press(qtbot, panel.entry, Qt.Key.Key_Escape)
    assert _stored(world, world.group_item_id, world.cluster_ids[0]) == []
