"""The projector never takes focus: the console keeps the keys after F5 (issue 10 item 1)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.domain.countdown import TimerStatus
from facilitator.ui.run.slide import Screen
from tests.ui.app_support import capture_of, console_of, focused, main_window, start_app

K = Qt.Key
SETTLE_MS = 100  # window activation is delivered later: let it arrive before asserting


def settled(qtbot, window) -> None:
    """Wait for pending activation events, then require ``window`` to be the active one."""
    qtbot.wait(SETTLE_MS)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.wait(SETTLE_MS)
    assert QApplication.activeWindow() is window


def status(rig, index: int) -> TimerStatus:
    return rig.service.state(rig.workshop_id).items[index].timer.view().status


def test_f5_opens_the_projector_and_the_console_keeps_focus(qtbot, rig):
    console = rig.console
    qtbot.keyClick(console.table, K.Key_F5)
    projector = console.projector
    assert projector is not None and projector.isVisible()
    settled(qtbot, console)
    assert focused() is console.table
    assert projector.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert projector.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert projector.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_a_presenter_remotes_keys_reach_the_console(qtbot, rig):
    console = rig.console
    qtbot.keyClick(console.table, K.Key_F5)
    settled(qtbot, console)
    qtbot.keyClick(focused(), K.Key_PageDown)  # the remote's "next": the first item starts
    assert status(rig, 0) is TimerStatus.RUNNING
    qtbot.keyClick(focused(), K.Key_PageDown)
    assert status(rig, 0) is TimerStatus.ENDED and status(rig, 1) is TimerStatus.RUNNING
    qtbot.keyClick(focused(), K.Key_PageUp)
    assert status(rig, 0) is TimerStatus.RUNNING
    qtbot.keyClick(focused(), K.Key_Period)  # the remote's "blank screen"
    assert console.screen_mode is Screen.BLACK
    qtbot.keyClick(focused(), K.Key_B)
    assert console.screen_mode is Screen.LIVE
    qtbot.keyClick(focused(), K.Key_F5)
    assert not console.projector.isVisible()
    assert focused() is console.table


def test_typing_after_f5_goes_to_the_entry_line_and_never_to_the_projector(qapp, qtbot, db_path):
    app = start_app(qapp, qtbot, db_path)
    window = main_window(app)
    console = console_of(app)
    window.show_section("run")
    console.table.setFocus()
    console.table.selectRow(1)  # the plenary discussion: captured in the clusters' lists
    qtbot.keyClick(console.table, K.Key_Return)
    qtbot.keyClick(console.table, K.Key_F5)
    projector = console.projector
    assert projector is not None and projector.isVisible()
    settled(qtbot, window)
    assert focused() is console.table
    qtbot.keyClick(focused(), K.Key_4, Qt.KeyboardModifier.ControlModifier)  # to Capture (Notater)
    capture = capture_of(app)
    entry = capture.contributions.panels[0].entry
    assert focused() is entry
    before = console.state
    qtbot.keyClicks(focused(), "Det skal vi gøre bedre")
    assert entry.text() == "Det skal vi gøre bedre"
    assert console.screen_mode is Screen.LIVE
    assert console.state.current().item.id == before.current().item.id
    assert console.state.current().timer.view().status is TimerStatus.RUNNING
    assert QApplication.activeModalWidget() is None  # no replan dialog
    app.close_file()
