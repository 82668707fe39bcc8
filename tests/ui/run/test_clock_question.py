"""After a jump of the computer's clock the console asks which time is right, and obeys."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from tests.run_support import DAY

K = Qt.Key


def start_and_jump(qtbot, rig, hours: float) -> None:
    qtbot.keyClick(rig.console.table, K.Key_Space)  # 12.30: the first item starts
    rig.clock.advance(10 * 60)
    rig.console.tick()
    rig.clock.set_wall(rig.clock.now() + timedelta(hours=hours))
    rig.console.tick()


def test_a_jump_back_asks_and_the_countdown_stays(qtbot, rig):
    qtbot.keyClick(rig.console.table, K.Key_Space)
    rig.clock.advance(10 * 60)
    rig.console.tick()
    countdown = rig.console.countdown_label.text()
    assert not rig.console.clock_question.isVisible()
    rig.clock.set_wall(rig.clock.now() - timedelta(hours=1))
    rig.console.tick()
    question = rig.console.clock_question
    assert question.isVisible()
    assert "60 min back at 12:40" in question.label.text()
    assert question.keep_button.text() == "The countdown's time (12:40)   [Alt+T]"
    assert question.follow_button.text() == "The computer's clock (11:40)   [Alt+C]"
    assert rig.console.countdown_label.text() == countdown  # not 1:10:00 more
    assert rig.console.table.hasFocus()  # the question does not take the console's keys


def test_keeping_the_run_time_hides_the_question_and_keeps_the_times(qtbot, rig):
    start_and_jump(qtbot, rig, hours=2)
    question = rig.console.clock_question
    qtbot.mouseClick(question.keep_button, Qt.MouseButton.LeftButton)
    rig.console.tick()
    assert not question.isVisible()
    assert rig.console.table.hasFocus()
    started = rig.service.state(rig.workshop_id).items[0].timer.view().started_at
    assert started == DAY + timedelta(hours=12, minutes=30)


def test_following_the_computer_clock_moves_the_stored_times_not_the_countdown(qtbot, rig):
    start_and_jump(qtbot, rig, hours=1)  # NTP corrects a laptop an hour slow
    before = rig.console.countdown_label.text()
    qtbot.mouseClick(rig.console.clock_question.follow_button, Qt.MouseButton.LeftButton)
    rig.console.tick()
    assert not rig.console.clock_question.isVisible()
    assert rig.console.countdown_label.text() == before
    started = rig.service.state(rig.workshop_id).items[0].timer.view().started_at
    assert started == DAY + timedelta(hours=13, minutes=30)
    actual = rig.console.model.index(0, rig.console.model.ACTUAL).data()
    assert actual.startswith("13:30")  # the console's "Actual" column follows


def test_the_answers_have_keys_that_leave_the_focus_on_the_console(qtbot, rig):
    start_and_jump(qtbot, rig, hours=1)
    qtbot.keyClick(rig.console.table, K.Key_C, Qt.KeyboardModifier.AltModifier)  # the computer's clock
    rig.console.tick()
    assert not rig.console.clock_question.isVisible()
    assert rig.service.state(rig.workshop_id).items[0].timer.view().started_at == DAY + timedelta(hours=13, minutes=30)
    assert rig.console.table.hasFocus()
    rig.clock.set_wall(rig.clock.now() - timedelta(hours=1))
    rig.console.tick()
    assert rig.console.clock_question.isVisible()
    qtbot.keyClick(rig.console.table, K.Key_T, Qt.KeyboardModifier.AltModifier)  # keep the countdown's
    rig.console.tick()
    assert not rig.console.clock_question.isVisible() and rig.console.table.hasFocus()
    qtbot.keyClick(rig.console.table, K.Key_C, Qt.KeyboardModifier.AltModifier)  # no question: nothing
    assert rig.service.state(rig.workshop_id).items[0].timer.view().started_at == DAY + timedelta(hours=13, minutes=30)


def test_the_question_speaks_danish(qtbot, rig, danish):
    start_and_jump(qtbot, rig, hours=1)
    question = rig.console.clock_question
    assert "Computerens ur sprang 60 min. frem kl. 12.40" in question.label.text()
    assert question.keep_button.text() == "Nedtællingens tid (12.40)   [Alt+N]"
    assert question.follow_button.text() == "Computerens ur (13.40)   [Alt+C]"


def test_a_suspend_is_told_not_asked(qtbot, rig):
    qtbot.keyClick(rig.console.table, K.Key_Space)
    rig.console.tick()
    rig.clock.sleep_laptop(40 * 60)
    rig.console.tick()
    assert not rig.console.clock_question.isVisible()
    assert "40 min" in rig.console.notice_label.text()


def test_no_question_before_the_run_starts(qtbot, rig):
    rig.console.tick()
    rig.clock.set_wall(rig.clock.now() + timedelta(hours=1))
    rig.console.tick()
    assert not rig.console.clock_question.isVisible()
    qtbot.keyClick(rig.console.table, K.Key_Space)  # the first item starts at the computer's time
    started = rig.service.state(rig.workshop_id).items[0].timer.view().started_at
    assert started == DAY + timedelta(hours=13, minutes=30)
