"""Run commands from every section with keys typing never produces; the capture screen's strip
(issue 10 item 3)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from facilitator.domain.countdown import TimerStatus
from facilitator.ui.run.slide import Screen
from tests.ui.app_support import capture_of, console_of, focused, main_window, start_app

K = Qt.Key
M = Qt.KeyboardModifier
CTRL_SHIFT = M.ControlModifier | M.ShiftModifier
# What Windows delivers for AltGr on the Danish layout: Ctrl+Alt with the character as text.
DANISH_ALTGR = [(K.Key_2, "@"), (K.Key_3, "£"), (K.Key_4, "$"), (K.Key_5, "€"), (K.Key_7, "{"),
                (K.Key_8, "["), (K.Key_9, "]"), (K.Key_0, "}"), (K.Key_E, "€"), (K.Key_Less, "\\"),
                (K.Key_Plus, "|"), (K.Key_M, "µ")]


@pytest.fixture
def capturing(qapp, qtbot, db_path):  # noqa: ANN001, ANN201
    """The app on the capture screen of the demo's plenary item, focus in Klynge Syd's entry.

    The run has not started; its current item is the opening talk.
    """
    app = start_app(qapp, qtbot, db_path)
    console = console_of(app)
    capture_of(app).set_item(console.state.items[1].item.id)
    main_window(app).show_section("capture")
    entry = capture_of(app).contributions.panels[0].entry
    assert focused() is entry
    yield app, console, entry
    app.close_file()


def events(console) -> int:  # noqa: ANN001
    return sum(len(item.timer.events) for item in console.state.items)


def test_start_pause_next_and_extend_without_leaving_the_entry_line(qtbot, capturing):
    app, console, entry = capturing
    qtbot.keyClicks(entry, "Halvt skrevet")
    current = console.state.current()
    qtbot.keyClick(entry, K.Key_Space, M.ControlModifier)
    assert console.state.current().timer.view().status is TimerStatus.RUNNING
    qtbot.keyClick(entry, K.Key_Space, M.ControlModifier)
    assert console.state.current().timer.view().status is TimerStatus.PAUSED
    qtbot.keyClick(entry, K.Key_Space, CTRL_SHIFT)
    assert console.state.current().timer.view().status is TimerStatus.RUNNING
    planned = console.state.current().timer.view().remaining_s
    qtbot.keyClick(entry, K.Key_1, CTRL_SHIFT)
    qtbot.keyClick(entry, K.Key_5, CTRL_SHIFT)
    assert console.state.current().timer.view().remaining_s == pytest.approx(planned + 6 * 60, abs=2)
    qtbot.keyClick(entry, K.Key_N, CTRL_SHIFT)
    assert console.state.current().item.id != current.item.id
    assert console.state.current().timer.view().status is TimerStatus.RUNNING
    assert focused() is entry and entry.text() == "Halvt skrevet"  # the line is still being typed


def test_plain_letters_type_text_in_the_entry_line_and_run_nothing(qtbot, capturing):
    app, console, entry = capturing
    before = events(console)
    qtbot.keyClicks(entry, "Det skal vi gøre bedre: N, B, E, R, L, P, S 1 5 + - .")
    assert entry.text() == "Det skal vi gøre bedre: N, B, E, R, L, P, S 1 5 + - ."
    assert events(console) == before and console.screen_mode is Screen.LIVE


def test_danish_altgr_characters_still_type_with_the_run_keys_installed(qtbot, capturing):
    app, console, entry = capturing
    before = events(console)
    for key, text in DANISH_ALTGR:
        QTest.sendKeyEvent(QTest.KeyAction.Click, entry, key, text, M.ControlModifier | M.AltModifier)
    assert entry.text() == "".join(text for _key, text in DANISH_ALTGR)
    assert events(console) == before and console.screen_mode is Screen.LIVE
    for action in main_window(app).actions():
        for sequence in action.shortcuts():
            combined = sequence[0]
            assert not (combined.keyboardModifiers() & M.AltModifier), sequence.toString()


def test_the_strip_shows_the_item_its_time_and_state(qtbot, capturing):
    app, console, entry = capturing
    strip = console.strip
    assert strip.isVisible() and capture_of(app).isAncestorOf(strip)
    item = console.state.current()
    assert strip.title_label.full_text() == item.item.title
    assert strip.status_label.text() == "Next up"
    assert strip.countdown_label.text() == "20:00"
    qtbot.keyClick(entry, K.Key_Space, M.ControlModifier)
    assert strip.status_label.text() == "Running" and strip.buttons["toggle"].text() == "Pause"
    qtbot.keyClick(entry, K.Key_Space, M.ControlModifier)
    assert strip.status_label.text() == "Paused" and strip.buttons["toggle"].text() == "Resume"
    strip.buttons["toggle"].click()  # the buttons act without taking the entry's focus
    assert strip.status_label.text() == "Running" and focused() is entry
    strip.buttons["plus5"].click()
    assert strip.countdown_label.text() in ("25:00", "24:59")


def test_the_run_menu_and_help_list_the_keys_that_work_everywhere(qtbot, capturing):
    app, console, entry = capturing
    window = main_window(app)
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    run_menu = menus["Run"]
    listed = {a.shortcut().toString(QKeySequence.SequenceFormat.PortableText) for a in run_menu.actions()}
    assert {"Ctrl+Space", "Ctrl+Shift+N", "Ctrl+Shift+1", "Ctrl+Shift+5", "F5"} <= listed
    help_text = console.help.label.text()
    assert "Ctrl+Shift+N" in help_text and "anywhere" in help_text
