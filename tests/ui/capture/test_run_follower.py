"""The capture screen follows the running item, but never pulls a half-typed line away."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.i18n import load_translators
from facilitator.ui.capture.capture_view import CaptureView
from tests.ui.capture.conftest import press, type_text


def texts(services, item_id: int) -> list[str]:  # noqa: ANN001
    return [c.text for c in services.capture.contributions(item_id)]


def test_the_run_moving_on_switches_the_capture_screen(world, view):
    view.follow_run(world.group_item_id)
    assert view.item_id() == world.group_item_id
    assert view.tabs.currentWidget() is view.contributions
    assert not view.follower.notice.isVisible()


def test_a_half_typed_line_is_finished_before_the_screen_follows(qtbot, world, services, view):
    view.set_item(world.group_item_id)
    entry = view.contributions.panels[0].entry
    type_text(qtbot, entry, "Lige vilkår for")
    view.follow_run(world.summary_item_id)
    assert view.item_id() == world.group_item_id  # still where the typing is
    assert entry.text() == "Lige vilkår for"
    assert view.follower.notice.isVisible() and "Opsamling i plenum" in view.follower.notice.text()
    type_text(qtbot, entry, " alle borgere")
    press(qtbot, entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.item_id() == world.summary_item_id)
    assert texts(services, world.group_item_id) == ["Lige vilkår for alle borgere"]
    assert texts(services, world.summary_item_id) == []
    assert not view.follower.notice.isVisible()


def test_a_hidden_capture_screen_follows_at_once_keeping_its_line(world, services, view):
    view.set_item(world.group_item_id)
    view.contributions.panels[1].entry.setText("Telemedicin")
    view.hide()  # the facilitator is on the Run section: hiding stored the line
    view.follow_run(world.aco_item_id)
    assert view.item_id() == world.aco_item_id
    assert texts(services, world.group_item_id) == ["Telemedicin"]


def test_choosing_an_item_by_hand_cancels_a_waiting_switch(qtbot, world, view):
    view.set_item(world.group_item_id)
    view.contributions.panels[0].entry.setText("Halv linje")
    view.follow_run(world.summary_item_id)
    assert view.follower.waiting()
    index = view.item_box.findData(world.talk_item_id)
    view.item_box.setCurrentIndex(index)
    view.item_box.activated.emit(index)
    assert not view.follower.waiting() and not view.follower.notice.isVisible()
    qtbot.wait(400)
    assert view.item_id() == world.talk_item_id


def test_opening_the_workshop_shows_the_item_the_run_reported_first(qtbot, world, feed, services):
    fresh = CaptureView(services, feed)
    qtbot.addWidget(fresh)
    fresh.follow_run(world.vote_item_id)  # the console is told the workshop first (app.py order)
    fresh.show_workshop(world.workshop_id)
    assert fresh.item_id() == world.vote_item_id


def test_the_waiting_notice_is_danish(qapp, world, view):  # noqa: ANN001
    translators = load_translators("da")
    for translator in translators:
        qapp.installTranslator(translator)
    try:
        view.set_item(world.group_item_id)
        view.contributions.panels[0].entry.setText("Halv linje")
        view.follow_run(world.summary_item_id)
        assert view.follower.notice.text().startswith("Afviklingen er gået videre til")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
