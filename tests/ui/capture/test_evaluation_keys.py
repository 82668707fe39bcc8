"""The evaluation form by keyboard: Enter stores the remark under the dimension it was typed for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.services.bundle import Services
from facilitator.ui.capture.workshop_pages import EvaluationPage
from tests.ui.capture.conftest import press, type_text

CONTENT, BENEFIT = 1, 2  # Indhold, Udbytte


@pytest.fixture
def page(qtbot, world, feed):  # noqa: ANN001, ANN201
    widget = EvaluationPage(Services.over(world.store).evaluation, feed)
    qtbot.addWidget(widget)
    widget.show_workshop(world.workshop_id)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def stored(world) -> list[tuple[str, list[tuple[str, int | None]]]]:  # noqa: ANN001
    dimensions = Services.over(world.store).evaluation.dimensions(world.workshop_id)
    return [(d.key, [(e.text, e.rating) for e in d.entries]) for d in dimensions if d.entries]


def test_enter_on_the_rating_stores_the_remark_under_the_dimension_shown(qtbot, world, page) -> None:  # noqa: ANN001
    page.dimensions.setFocus()
    page.dimensions.setCurrentRow(CONTENT)
    press(qtbot, page.dimensions, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.remark
    type_text(qtbot, page.remark, "Godt indhold, super oplæg")
    press(qtbot, page.remark, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.rating.lineEdit() or QApplication.focusWidget() is page.rating
    press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Up)
    press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Return)
    assert stored(world) == [("content", [("Godt indhold, super oplæg", 1)])]
    assert page.remark.text() == "" and page.rating.value() == 0
    assert QApplication.focusWidget() is page.remark  # ready for the next remark


def test_switching_dimension_never_carries_text_over(qtbot, world, page) -> None:  # noqa: ANN001
    page.dimensions.setCurrentRow(CONTENT)
    type_text(qtbot, page.remark, "Godt indhold, super oplæg")
    page.dimensions.setFocus()
    press(qtbot, page.dimensions, Qt.Key.Key_Down)  # on to Udbytte with the remark not yet stored
    assert page.current_dimension_key() == "benefit"
    assert page.remark.text() == "" and page.shown_name.text() == "Benefit:"
    press(qtbot, page.dimensions, Qt.Key.Key_Tab)
    type_text(qtbot, page.remark, "Lærerigt")
    press(qtbot, page.remark, Qt.Key.Key_Return)
    assert stored(world) == [
        ("content", [("Godt indhold, super oplæg", None)]),
        ("benefit", [("Lærerigt", None)]),
    ]


def test_page_up_and_down_in_the_remark_switch_dimension_and_keep_the_cursor(qtbot, world, page) -> None:  # noqa: ANN001
    page.dimensions.setCurrentRow(0)
    page.remark.setFocus()
    type_text(qtbot, page.remark, "Fine rammer")
    press(qtbot, page.remark, Qt.Key.Key_PageDown)
    assert page.current_dimension_key() == "content"
    assert QApplication.focusWidget() is page.remark and page.remark.text() == ""
    type_text(qtbot, page.remark, "Godt indhold")
    press(qtbot, page.remark, Qt.Key.Key_PageUp)
    assert page.current_dimension_key() == "frame"
    assert stored(world) == [("frame", [("Fine rammer", None)]), ("content", [("Godt indhold", None)])]


def test_enter_in_the_dimension_list_stores_and_goes_to_the_remark(qtbot, world, page) -> None:  # noqa: ANN001
    page.dimensions.setCurrentRow(BENEFIT)
    type_text(qtbot, page.remark, "Lærerigt")
    page.dimensions.setFocus()
    press(qtbot, page.dimensions, Qt.Key.Key_Return)
    assert stored(world) == [("benefit", [("Lærerigt", None)])]
    assert QApplication.focusWidget() is page.remark


def test_a_rating_alone_is_a_remark(qtbot, world, page) -> None:  # noqa: ANN001
    page.dimensions.setCurrentRow(CONTENT)
    page.rating.setFocus()
    press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Up)
    press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Up)
    press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Enter)
    assert stored(world) == [("content", [("", 2)])]
