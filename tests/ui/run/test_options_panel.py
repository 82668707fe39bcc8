"""Run preferences: stored at once, screens listed, the projector told about a new choice."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

from facilitator.ui.run.options_panel import AUTO_ADVANCE_SETTING, CHIME_SETTING, RunOptions
from facilitator.ui.run.projector_window import SCREEN_SETTING


def test_switches_are_stored_and_announced(qtbot):
    options = RunOptions(QSettings())
    qtbot.addWidget(options)
    assert options.auto_advance() and not options.chime()
    with qtbot.waitSignal(options.auto_advance_changed) as blocker:
        options.auto_advance_box.setChecked(False)
    assert blocker.args == [False]
    options.chime_box.setChecked(True)
    assert QSettings().value(AUTO_ADVANCE_SETTING, True, bool) is False
    assert QSettings().value(CHIME_SETTING, False, bool) is True
    again = RunOptions(QSettings())
    qtbot.addWidget(again)
    assert not again.auto_advance() and again.chime()


def test_screen_choice_lists_screens_and_is_remembered(qtbot):
    options = RunOptions(QSettings())
    qtbot.addWidget(options)
    name = QGuiApplication.primaryScreen().name()
    assert options.screen_box.count() == 1 + len(QGuiApplication.screens())
    assert options.screen_box.currentData() == ""  # automatic
    with qtbot.waitSignal(options.screen_chosen):
        options.screen_box.activated.emit(1)
    assert QSettings().value(SCREEN_SETTING) == name
    options.fill_screens()  # as after a screen was plugged in
    assert options.screen_box.currentData() == name
    QSettings().setValue(SCREEN_SETTING, "unplugged-projector")
    options.fill_screens()
    assert options.screen_box.currentData() == ""
