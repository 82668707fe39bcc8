"""Dates and times typed into the set-up form and the plan as into any Danish form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QTableView, QToolButton
from pytestqt.qtbot import QtBot

from facilitator.i18n import locale_for
from facilitator.services.bundle import Services
from facilitator.ui.agenda.agenda_view import AgendaView
from facilitator.ui.change_feed import ChangeFeed
from facilitator.ui.date_time_fields import DateField
from facilitator.ui.setup.workshop_form import WorkshopForm


@pytest.fixture
def form(qtbot: QtBot, services: Services, workshop_id: int) -> WorkshopForm:
    services.workshops.set_date(workshop_id, dt.date(2026, 11, 5))
    services.workshops.set_day(workshop_id, 12 * 60 + 30, None)
    widget = WorkshopForm(services.workshops, ChangeFeed())
    qtbot.addWidget(widget)
    widget.show_workshop(workshop_id)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def type_into(qtbot: QtBot, line, text: str, finish=Qt.Key.Key_Return) -> None:  # type: ignore[no-untyped-def]
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, finish)


@pytest.mark.parametrize("typed", ["23.01.2027", "23/1 2027", "23.1.27", "23012027", "23. januar 2027"])
def test_a_typed_date_is_stored_as_typed(qtbot: QtBot, form: WorkshopForm, services: Services,
                                          workshop_id: int, typed: str) -> None:
    type_into(qtbot, form.date.line, typed)
    assert services.workshops.get(workshop_id).date == dt.date(2027, 1, 23)
    assert form.date.line.text() == "23.01.2027"
    assert QApplication.focusWidget() is form.date.line


@pytest.mark.parametrize("typed", ["07.30", "7.30", "07:30", "730", "kl. 7.30"])
def test_a_typed_day_start_is_stored_as_typed(qtbot: QtBot, form: WorkshopForm, services: Services,
                                               workshop_id: int, typed: str) -> None:
    type_into(qtbot, form.day_start, typed)
    workshop = services.workshops.get(workshop_id)
    assert (workshop.day_start_min, workshop.day_end_min) == (7 * 60 + 30, None)
    assert form.day_start.text() == "07.30"
    assert QApplication.focusWidget() is form.day_start


def test_tab_out_of_the_field_stores_it_too(qtbot: QtBot, form: WorkshopForm, services: Services,
                                            workshop_id: int) -> None:
    type_into(qtbot, form.day_end, "1530", finish=Qt.Key.Key_Tab)
    assert services.workshops.get(workshop_id).day_end_min == 15 * 60 + 30
    assert QApplication.focusWidget() is not form.day_end


def test_what_cannot_be_read_stays_with_a_message_and_nothing_is_stored(
    qtbot: QtBot, form: WorkshopForm, services: Services, workshop_id: int
) -> None:
    type_into(qtbot, form.date.line, "31.02.2027")
    assert services.workshops.get(workshop_id).date == dt.date(2026, 11, 5)
    assert form.date.line.text() == "31.02.2027"
    assert "31.02.2027" in form.message.text() and "23.01.2027" in form.message.text()
    type_into(qtbot, form.day_start, "7.3")
    assert services.workshops.get(workshop_id).day_start_min == 12 * 60 + 30
    assert form.day_start.text() == "7.3"
    qtbot.keyClick(form.day_start, Qt.Key.Key_Escape)  # back to what is stored
    assert form.day_start.text() == "12.30"


def test_a_reload_while_typing_does_not_overwrite_the_typing(qtbot: QtBot, form: WorkshopForm,
                                                             services: Services, workshop_id: int) -> None:
    form.day_start.setFocus()
    form.day_start.selectAll()
    qtbot.keyClicks(form.day_start, "07.")
    form.show_workshop(workshop_id)  # another edit elsewhere re-reads the workshop
    qtbot.keyClicks(form.day_start, "30")
    qtbot.keyClick(form.day_start, Qt.Key.Key_Return)
    assert services.workshops.get(workshop_id).day_start_min == 7 * 60 + 30


def test_up_and_down_step_the_time_by_five_minutes(qtbot: QtBot, form: WorkshopForm, services: Services,
                                                   workshop_id: int) -> None:
    form.day_start.setFocus()
    qtbot.keyClick(form.day_start, Qt.Key.Key_Up)
    qtbot.keyClick(form.day_start, Qt.Key.Key_Up)
    assert form.day_start.text() == "12.40"
    qtbot.keyClick(form.day_start, Qt.Key.Key_Return)
    assert services.workshops.get(workshop_id).day_start_min == 12 * 60 + 40


@pytest.fixture
def danish() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(locale_for("da"))
    yield
    QLocale.setDefault(previous)


def test_the_calendar_speaks_the_interface_language(qtbot: QtBot, danish: None) -> None:
    field = DateField(today=lambda: dt.date(2027, 1, 10))
    qtbot.addWidget(field)
    field.set_value(dt.date(2027, 2, 23))
    with qtbot.waitActive(field):
        field.show()
        field.activateWindow()
    field.line.setFocus()
    qtbot.keyClick(field.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.popup.isVisible()
    month = field.popup.calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    assert month.text() == "februar"
    days = field.popup.calendar.findChild(QTableView, "qt_calendar_calendarview").model()
    assert [days.index(0, column).data() for column in (1, 7)] == ["man.", "søn."]
    grid = QApplication.focusWidget()
    assert grid is not None and field.popup.isAncestorOf(grid)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert not field.popup.isVisible()
    assert field.value() == dt.date(2027, 2, 24)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field.line)


def test_the_plan_reads_typed_day_start_and_pinned_times(qtbot: QtBot, services: Services,
                                                         workshop_id: int) -> None:
    services.workshops.set_day(workshop_id, 12 * 60 + 30, None)
    services.agenda.insert_item(workshop_id, title="Velkomst", minutes=15)
    services.agenda.insert_item(workshop_id, title="Frokost", minutes=30)
    view = AgendaView(services, ChangeFeed())
    qtbot.addWidget(view)
    view.show_workshop(workshop_id)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    type_into(qtbot, view.day_start, "730")
    assert services.workshops.get(workshop_id).day_start_min == 7 * 60 + 30
    assert view.day_start.text() == "07.30"
    assert QApplication.focusWidget() is view.day_start
    view.undo_action.trigger()
    assert services.workshops.get(workshop_id).day_start_min == 12 * 60 + 30
    assert view.day_start.text() == "12.30"
