"""A pin earlier than the item before is an overlap with an offer to resolve it, not a day wrap."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.services.bundle import Services
from facilitator.ui.agenda.agenda_model import NOTICE, START
from facilitator.ui.agenda.agenda_view import AgendaView
from facilitator.ui.change_feed import ChangeFeed

LUNCH = 6  # "Frokost", pinned at 12.15 in the North Jutland template


def _view(qtbot: QtBot, services: Services) -> tuple[AgendaView, int]:
    workshop_id, _ = services.templates.create_from_template("klynger-nordjylland")
    view = AgendaView(services, ChangeFeed())
    qtbot.addWidget(view)
    view.show_workshop(workshop_id)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    return view, workshop_id


def _move_day_start(qtbot: QtBot, view: AgendaView, text: str) -> None:
    view.day_start.setFocus()
    view.day_start.selectAll()
    qtbot.keyClicks(view.day_start, text)
    qtbot.keyClick(view.day_start, Qt.Key.Key_Return)


def test_moving_the_day_start_past_a_pinned_lunch_is_an_overlap_with_a_way_out(qtbot: QtBot,
                                                                                services: Services) -> None:
    view, workshop_id = _view(qtbot, services)
    assert not view.pin_conflict.isVisible()
    _move_day_start(qtbot, view, "12.30")
    lunch = view.model.index(LUNCH, NOTICE).data()
    assert "overlaps the item before by 180 min" in lunch
    assert "midnight" not in lunch and "midnight" not in view.warnings.text()
    assert view.model.index(LUNCH, START).data() == "12.15"
    assert view.pin_conflict.isVisible()
    assert "Frokost" in view.pin_conflict.text.text() and "15.15" in view.pin_conflict.text.text()
    view.pin_conflict.move_to.setFocus()
    qtbot.keyClick(view.pin_conflict.move_to, Qt.Key.Key_Space)
    lunch_item = services.agenda.agenda(workshop_id).items[LUNCH]
    assert lunch_item.pinned_start == 15 * 60 + 15
    assert not view.pin_conflict.isVisible()
    assert QApplication.focusWidget() is view.table and view.current_row() == LUNCH
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.agenda.agenda(workshop_id).items[LUNCH].pinned_start == 12 * 60 + 15
    assert view.pin_conflict.isVisible()
    view.pin_conflict.unpin.setFocus()
    qtbot.keyClick(view.pin_conflict.unpin, Qt.Key.Key_Space)
    agenda = services.agenda.agenda(workshop_id)
    assert agenda.items[LUNCH].pinned_start is None
    assert agenda.schedule.items[LUNCH].start == 15 * 60 + 15
    assert [w.kind for w in agenda.schedule.warnings] == ["past_day_end"]  # honest: the day runs long
    assert QApplication.focusWidget() is view.table


def test_the_offer_speaks_of_the_selected_conflict(qtbot: QtBot, services: Services) -> None:
    view, workshop_id = _view(qtbot, services)
    first = services.agenda.agenda(workshop_id).items[0]
    services.agenda.set_pinned_start(first.id, 9 * 60)  # before the day's 09.30 start
    view.model.reload()
    view.select_row(0)
    assert "30 min before the day starts (09.30)" in view.pin_conflict.text.text()
    assert view.model.index(0, NOTICE).data() == "starts 30 min before the day starts"
    assert view.pin_conflict.move_to.text().replace("&", "") == "Pin it to 09.30"
