from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QSpinBox

from facilitator.services.bundle import Services
from facilitator.ui.capture.vote_chart import rank_label
from facilitator.ui.capture.voting_page import VotingPage
from tests.ui.capture.conftest import press, type_text
from tests.unit.services.test_voting import INITIATIVES


def _page(qtbot, world, feed):  # noqa: ANN001, ANN202
    services = Services.over(world.store)
    page = VotingPage(services.voting, services.synthesis, services.capture, feed)
    qtbot.addWidget(page)
    page.set_item(world.vote_item_id)
    page.resize(1400, 700)
    page.show()
    qtbot.waitExposed(page)
    return page, services


def test_five_initiatives_counted_by_keys_ranked_and_charted(qtbot, world, feed):
    page, services = _page(qtbot, world, feed)
    for label in INITIATIVES:
        type_text(qtbot, page.new_option, label)
        press(qtbot, page.new_option, Qt.Key.Key_Return)
    assert [o.label for o in services.voting.options(world.vote_item_id)] == INITIATIVES
    assert page.grid_model.columnCount() == 5  # four clusters and the total
    # Counts typed down the first cluster's column: Enter moves to the next option.
    page.grid.setCurrentIndex(page.grid_model.index(0, 0))
    for count in ["1", "0", "0", "2", "0"]:
        _type_in_current(qtbot, page, count)
    assert page.grid.currentIndex().row() == 4
    _set(qtbot, page, 1, 1, "3")
    _set(qtbot, page, 4, 2, "3")
    _set(qtbot, page, 3, 3, "1")
    _set(qtbot, page, 4, 3, "1")
    results = services.voting.results(world.vote_item_id)
    assert [(r.label[:10], r.dots, rank_label(r)) for r in results] == [
        ("Initiative", 4, "1."),
        ("Den gode o", 3, "2.="),
        ("Én borger ", 3, "2.="),
        ("Fælles for", 1, "4."),
        ("Trivselsve", 0, "5."),
    ]
    assert [r.dots for r in page.chart.rows] == [4, 3, 3, 1, 0]
    assert [rank_label(r) for r in page.chart.rows] == ["1.", "2.=", "2.=", "4.", "5."]
    assert page.grid_model.data(page.grid_model.index(4, 4)) == 4  # the total column
    assert page.message.text() == ""
    _set(qtbot, page, 2, 0, "5")  # Klynge Syd now has 8 dots of 3
    assert "Klynge Syd" in page.message.text()
    page.chart.grab()  # paints without error


def _type_in_current(qtbot, page, count: str) -> None:  # noqa: ANN001
    """Type a count on the current cell (the key opens the editor) and press Enter."""
    press(qtbot, page.grid, getattr(Qt.Key, f"Key_{count}"))
    # Earlier editors linger (deleted later) beside the one the key opened: take the visible one.
    editor = next(e for e in page.grid.viewport().findChildren(QSpinBox) if e.isVisible())
    press(qtbot, editor, Qt.Key.Key_Return)  # the delegate commits through a queued call
    qtbot.waitUntil(lambda: page.grid.state() != QAbstractItemView.State.EditingState)


def _set(qtbot, page, row: int, column: int, count: str) -> None:  # noqa: ANN001
    page.grid.setCurrentIndex(page.grid_model.index(row, column))
    _type_in_current(qtbot, page, count)
