"""Entering a section puts the focus where work happens there (issue 10 item 2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableView

from facilitator.domain.countdown import TimerStatus
from facilitator.ui.agenda.agenda_view import AgendaView
from facilitator.ui.minutes.minutes_view import MinutesView
from facilitator.ui.setup.setup_view import SetupView
from tests.ui.app_support import capture_of, console_of, focused, main_window, navigation, start_app

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ROWS = {"setup": 0, "plan": 1, "run": 2, "capture": 3, "minutes": 4}


def click_section(qtbot, app, key: str) -> None:
    nav = navigation(app)
    nav.setFocus()  # as a mouse user would have it: the click leaves the focus in the sidebar
    rect = nav.visualItemRect(nav.item(ROWS[key]))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main_window(app).current_section() == key


def expected_focus(app, key: str):  # noqa: ANN201
    window = main_window(app)
    if key == "setup":
        return window.findChild(SetupView).form.fields["title"]
    if key == "plan":
        return window.findChild(AgendaView).table
    if key == "run":
        return console_of(app).table
    if key == "capture":
        return capture_of(app).contributions.panels[0].entry
    return window.findChild(MinutesView).export_button


def start_plenary(app) -> None:
    """Run the demo's plenary discussion, so the capture screen shows the clusters' lists."""
    console = console_of(app)
    console.jump(1)
    assert capture_of(app).tabs.currentWidget() is capture_of(app).contributions


def test_a_click_in_the_sidebar_focuses_each_sections_work(qapp, qtbot, db_path):
    app = start_app(qapp, qtbot, db_path)
    start_plenary(app)
    for key in ("run", "capture", "setup", "plan", "minutes"):
        click_section(qtbot, app, key)
        assert focused() is expected_focus(app, key), key
    assert isinstance(expected_focus(app, "plan"), QTableView)
    assert isinstance(expected_focus(app, "minutes"), QPushButton)
    app.close_file()


def test_space_after_clicking_run_starts_the_item(qapp, qtbot, db_path):
    app = start_app(qapp, qtbot, db_path)
    click_section(qtbot, app, "run")
    qtbot.keyClick(focused(), K.Key_Space)
    console = console_of(app)
    assert console.state.current().timer.view().status is TimerStatus.RUNNING
    qtbot.keyClick(focused(), K.Key_B)
    assert console.screen_mode.value == "black"
    app.close_file()


def test_text_typed_after_clicking_capture_is_stored_in_the_first_clusters_list(qapp, qtbot, db_path):
    app = start_app(qapp, qtbot, db_path)
    start_plenary(app)
    click_section(qtbot, app, "capture")
    qtbot.keyClicks(focused(), "Bedre overgange mellem sektorer")
    qtbot.keyClick(focused(), K.Key_Return)
    first = capture_of(app).contributions.panels[0]
    assert first.capture_list.cluster_name == "Klynge Syd"
    assert first.model.index(0).data() == "1. Bedre overgange mellem sektorer"
    assert focused() is first.entry
    app.close_file()


def test_ctrl_digits_enter_sections_with_focus_from_wherever_it_was(qapp, qtbot, db_path):
    app = start_app(qapp, qtbot, db_path)
    start_plenary(app)
    for key in ("capture", "run", "setup", "minutes", "plan", "capture"):
        qtbot.keyClick(focused(), getattr(K, f"Key_{ROWS[key] + 1}"), CTRL)
        assert main_window(app).current_section() == key
        assert focused() is expected_focus(app, key), key
    app.close_file()


def test_arrow_keys_in_the_sidebar_browse_without_leaving_it(qapp, qtbot, db_path):
    app = start_app(qapp, qtbot, db_path)
    click_section(qtbot, app, "setup")
    nav = navigation(app)
    nav.setFocus()
    qtbot.keyClick(nav, K.Key_Down)
    qtbot.keyClick(nav, K.Key_Down)
    assert main_window(app).current_section() == "run" and focused() is nav
    qtbot.keyClick(nav, K.Key_Return)  # Enter goes in
    assert focused() is console_of(app).table
    app.close_file()


def test_coming_back_to_capture_returns_to_the_list_typed_in_last(qapp, qtbot, db_path):
    app = start_app(qapp, qtbot, db_path)
    start_plenary(app)
    click_section(qtbot, app, "capture")
    panels = capture_of(app).contributions.panels
    qtbot.keyClick(focused(), K.Key_Tab)  # on to Klynge Nord's list
    assert focused() is panels[1].entry
    click_section(qtbot, app, "run")
    click_section(qtbot, app, "capture")
    assert focused() is panels[1].entry
    app.close_file()
