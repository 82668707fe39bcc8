"""Themes from the keyboard: after a theme's digit the cursor stays where the next digit belongs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.capture.conftest import press, type_text
from tests.ui.capture.test_synthesis_page import _seeded_page


def _current_text(page) -> str:  # noqa: ANN001
    current = page.source_view.currentIndex()
    assert current.isValid(), "the cursor is on no line"
    return page.sources.lines[current.row()].contribution.text


def _theme_of(services, world) -> dict[str, str]:  # noqa: ANN001
    return {c.text: t.title for t in services.synthesis.themes(world.summary_item_id) for c in t.contributions}


def _focus_first_line(qtbot, page) -> None:  # noqa: ANN001
    with qtbot.waitActive(page):
        page.activateWindow()
    page.source_view.setFocus()
    press(qtbot, page.source_view, Qt.Key.Key_Home)
    assert QApplication.focusWidget() is page.source_view


def test_digits_go_line_by_line_down_the_list(qtbot, world, feed) -> None:  # noqa: ANN001
    page, services = _seeded_page(qtbot, world, feed)
    for title in ("Lighed", "Teknologi", "Kompetencer"):
        type_text(qtbot, page.new_theme, title)
        press(qtbot, page.new_theme, Qt.Key.Key_Return)
    _focus_first_line(qtbot, page)
    texts = [line.contribution.text for line in page.sources.lines]
    for digit in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_1, Qt.Key.Key_3):
        press(qtbot, page.source_view, digit)
        qtbot.wait(1)  # the page re-reads on the next turn of the event loop
    assert [_theme_of(services, world).get(text) for text in texts[:5]] == [
        "Lighed", "Teknologi", "Lighed", "Kompetencer", None
    ]
    assert _current_text(page) == texts[4]  # on to the next line without a theme
    assert page.source_view.selectionModel().isSelected(page.source_view.currentIndex())
    assert QApplication.focusWidget() is page.source_view


def test_going_back_up_and_changing_a_theme_then_down_reaches_the_line_below(qtbot, world, feed) -> None:  # noqa: ANN001
    page, services = _seeded_page(qtbot, world, feed)
    for title in ("Lighed", "Teknologi"):
        type_text(qtbot, page.new_theme, title)
        press(qtbot, page.new_theme, Qt.Key.Key_Return)
    _focus_first_line(qtbot, page)
    texts = [line.contribution.text for line in page.sources.lines]
    press(qtbot, page.source_view, Qt.Key.Key_1)
    press(qtbot, page.source_view, Qt.Key.Key_1)
    qtbot.wait(1)
    press(qtbot, page.source_view, Qt.Key.Key_Up)
    assert _current_text(page) == texts[1]
    press(qtbot, page.source_view, Qt.Key.Key_2)  # change it: the next line without a theme is 2
    qtbot.wait(1)
    assert _current_text(page) == texts[2]
    press(qtbot, page.source_view, Qt.Key.Key_Down)
    assert _current_text(page) == texts[3]
    press(qtbot, page.source_view, Qt.Key.Key_2)
    qtbot.wait(1)
    assert [_theme_of(services, world).get(text) for text in texts[:4]] == ["Lighed", "Teknologi", None, "Teknologi"]


def test_the_last_line_keeps_the_cursor_when_every_line_below_has_a_theme(qtbot, world, feed) -> None:  # noqa: ANN001
    page, services = _seeded_page(qtbot, world, feed)
    type_text(qtbot, page.new_theme, "Alt")
    press(qtbot, page.new_theme, Qt.Key.Key_Return)
    _focus_first_line(qtbot, page)
    press(qtbot, page.source_view, Qt.Key.Key_End)
    last = _current_text(page)
    press(qtbot, page.source_view, Qt.Key.Key_1)
    qtbot.wait(1)
    assert _current_text(page) == last
    assert _theme_of(services, world)[last] == "Alt"
