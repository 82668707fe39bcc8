"""Driving a whole run of seed 000 from the keyboard with a fake clock."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from facilitator.domain.countdown import TimerStatus, Tone
from facilitator.ui.run.replan_dialog import ReplanDialog
from facilitator.ui.run.slide import Layout, Screen
from tests.run_support import DAY, GROUP_PROMPT, add_seed_workshop

K = Qt.Key


def at(hours: int, minutes: int, seconds: int = 0):
    return DAY + timedelta(hours=hours, minutes=minutes, seconds=seconds)


def press(qtbot, rig, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(rig.console.table, key, modifier)


def wait(rig, minutes: float) -> None:
    rig.clock.advance(minutes * 60)
    rig.console.tick()


def status(rig, index: int) -> TimerStatus:
    return rig.service.state(rig.workshop_id).items[index].timer.view().status


def test_whole_seed_programme_run(qtbot, rig, make_console):
    console = rig.console
    assert "On time" in console.drift_label.text()

    press(qtbot, rig, K.Key_Space)  # 12.30 item 1 starts
    assert status(rig, 0) is TimerStatus.RUNNING
    wait(rig, 22)  # two minutes over
    assert console.countdown_label.text() == "+02:00"
    assert console.preview.slide.tone is Tone.OVERTIME
    assert console.drift_label.text().startswith("2 min behind")
    assert console.chimes == 1

    press(qtbot, rig, K.Key_N)  # 12.52 item 2
    press(qtbot, rig, K.Key_5)  # +5 min
    wait(rig, 10)
    press(qtbot, rig, K.Key_Space)  # pause at 13.02
    assert console.preview.slide.paused
    wait(rig, 3)
    assert console.countdown_label.text() == "15:00"
    press(qtbot, rig, K.Key_Space)  # resume 13.05
    wait(rig, 15)
    press(qtbot, rig, K.Key_N)  # 13.20 item 3
    assert console.drift_label.text().startswith("10 min behind")
    assert "expected end 15:40 (planned 15:30)" in console.drift_label.text()

    # Replan: compress the rest so the day still ends at 15.30.
    seen = []

    def handle_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReplanDialog)
        seen.append(dialog.table.rowCount())
        dialog.apply_button.click()

    QTimer.singleShot(0, handle_dialog)
    press(qtbot, rig, K.Key_R)
    assert seen == [5]  # items 4-8 are not started
    state = rig.service.state(rig.workshop_id)
    assert state.items[-1].slot.end == 15 * 60 + 30
    assert "planned 15:30" in console.drift_label.text()
    # Offscreen gives the focus back to no one after a modal dialog; a window manager would.
    qtbot.waitUntil(lambda: not isinstance(QApplication.activeWindow(), ReplanDialog))
    console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console)
    console.table.setFocus()

    wait(rig, 15)
    press(qtbot, rig, K.Key_N)  # 13.35 item 4: oplæg then gruppearbejde
    first_phase = rig.service.state(rig.workshop_id).items[3].item.phases[0].minutes
    wait(rig, first_phase + 1)
    assert console.preview.slide.layout is Layout.GROUP
    assert console.preview.slide.prompts == (GROUP_PROMPT,)

    # The app dies in the middle of the group work; it is started again four minutes later.
    remaining_before = console.countdown_label.text()
    console.close()
    rig.store.close()
    rig.clock.advance(4 * 60)
    store, service, console = make_console(rig.path, rig.clock, rig.workshop_id)
    rig.store, rig.service, rig.console = store, service, console
    minutes, seconds = map(int, remaining_before.split(":"))
    assert console.countdown_label.text() == f"{minutes - 4:02d}:{seconds:02d}"
    assert status(rig, 3) is TimerStatus.RUNNING

    # A wrong key is undone.
    press(qtbot, rig, K.Key_E)
    assert status(rig, 3) is TimerStatus.ENDED
    press(qtbot, rig, K.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert status(rig, 3) is TimerStatus.RUNNING

    restart = rig.clock.now()
    # Items 5-8; N moves through item 6's two phases before item 7.
    for minutes in (2, 2, 1, 2, 2):
        press(qtbot, rig, K.Key_N)
        wait(rig, minutes)
    press(qtbot, rig, K.Key_E)
    assert console.item_label.text() == "The programme is done."
    assert console.preview.slide.layout is Layout.DONE

    times = rig.service.actual_times(rig.workshop_id)
    ids = rig.item_ids
    assert times[ids[0]] == (at(12, 30), at(12, 52))
    assert times[ids[1]] == (at(12, 52), at(13, 20))
    assert times[ids[2]] == (at(13, 20), at(13, 35))
    assert times[ids[3]][0] == at(13, 35)
    assert times[ids[3]][1] == restart
    assert times[ids[5]] == (restart + timedelta(minutes=2), restart + timedelta(minutes=5))
    assert times[ids[7]] == (restart + timedelta(minutes=7), restart + timedelta(minutes=9))


def test_phases_wait_for_a_key_when_the_setting_says_so(qtbot, rig):
    rig.console.options.auto_advance_box.setChecked(False)
    rig.service.start(rig.workshop_id, rig.item_ids[3])
    rig.console.reload()
    wait(rig, 11)
    assert rig.console.countdown_label.text() == "+01:00"
    assert rig.console.preview.slide.phase.startswith("Oplæg")
    press(qtbot, rig, K.Key_N)
    assert rig.console.preview.slide.phase.startswith("Gruppearbejde")
    assert rig.console.countdown_label.text() == "20:00"


def test_minus_and_plus_keys_and_undo(qtbot, rig):
    press(qtbot, rig, K.Key_Space)
    press(qtbot, rig, K.Key_1)
    press(qtbot, rig, K.Key_Minus)
    press(qtbot, rig, K.Key_Minus)
    assert rig.console.countdown_label.text() == "19:00"
    press(qtbot, rig, K.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rig.console.countdown_label.text() == "20:00"


def test_jump_to_a_selected_item_and_skip(qtbot, rig):
    rig.console.table.selectRow(4)
    press(qtbot, rig, K.Key_Return)
    assert rig.service.state(rig.workshop_id).current_index() == 4
    rig.console.table.selectRow(5)
    press(qtbot, rig, K.Key_S)  # only an item not yet started can be skipped
    assert rig.service.state(rig.workshop_id).items[5].timer.view().skipped
    assert rig.console.model.index(5, rig.console.model.STATUS).data() == "skipped"


def test_black_and_title_screens_toggle(qtbot, rig):
    press(qtbot, rig, K.Key_B)
    assert rig.console.screen_mode is Screen.BLACK
    assert rig.console.preview.slide.layout is Layout.BLACK
    press(qtbot, rig, K.Key_L)
    assert rig.console.preview.slide.layout is Layout.LOGO
    assert rig.console.preview.slide.heading == "Temagruppe: Sundhedsaftalen"
    press(qtbot, rig, K.Key_L)
    assert rig.console.preview.slide.layout is Layout.TIMER


def test_help_overlay_lists_every_shortcut(qtbot, rig):
    press(qtbot, rig, K.Key_F1)
    assert rig.console.help.isVisible()
    text = rig.console.help.label.text()
    for key in ("Space", "F5", "Ctrl+Z", "PgDown"):
        assert key in text
    press(qtbot, rig, K.Key_Escape)
    assert not rig.console.help.isVisible()


def test_escape_leaves_full_screen(qtbot, rig):
    press(qtbot, rig, K.Key_F11)
    assert rig.console.window().isFullScreen()
    press(qtbot, rig, K.Key_Escape)
    assert not rig.console.window().isFullScreen()


def test_suspend_notice(qtbot, rig):
    press(qtbot, rig, K.Key_Space)
    rig.console.tick()
    rig.clock.sleep_laptop(40 * 60)
    rig.console.tick()
    assert rig.console.notice_label.isVisible()
    assert "40 min" in rig.console.notice_label.text()
    assert rig.console.countdown_label.text() == "+20:00"


def test_f5_opens_and_closes_the_projector_as_a_window_on_one_screen(qtbot, rig):
    press(qtbot, rig, K.Key_F5)
    projector = rig.console.projector
    assert projector is not None and projector.isVisible()
    assert not projector.isFullScreen()  # only one screen offscreen
    assert projector.view.slide == rig.console.preview.slide
    press(qtbot, rig, K.Key_B)  # the console keeps the keys with the projector open
    assert projector.view.slide.layout is Layout.BLACK
    press(qtbot, rig, K.Key_F5)
    assert not projector.isVisible()
    press(qtbot, rig, K.Key_F5)
    assert projector.isVisible()
    press(qtbot, rig, K.Key_F5)
    assert not projector.isVisible()


def test_an_empty_agenda_says_so_and_commands_do_nothing(qtbot, rig):
    from facilitator.storage.models import AgendaItem, utc_now

    with rig.store.transaction() as session:
        for item_id in rig.item_ids:
            session.get(AgendaItem, item_id).deleted_at = utc_now()
    rig.console.reload()
    assert rig.console.item_label.text() == "The agenda is empty: plan the day first."
    for key in (K.Key_Space, K.Key_N, K.Key_P, K.Key_E, K.Key_5, K.Key_R):
        press(qtbot, rig, key)
    assert rig.console.drift_label.text() == ""
    assert rig.console.notice_label.text() == "Nothing left to replan."  # R opened no dialog
    assert rig.console.preview.slide.layout is Layout.DONE


def test_warning_minutes_are_stored_for_the_workshop(qtbot, rig):
    assert rig.console.options.warning_box.value() == 2
    press(qtbot, rig, K.Key_Space)
    wait(rig, 15)  # five minutes left
    assert rig.console.preview.slide.tone is Tone.NORMAL
    rig.console.options.warning_box.setValue(5)
    assert rig.service.state(rig.workshop_id).warning_minutes == 5
    rig.console.tick()
    assert rig.console.preview.slide.tone is Tone.WARNING


def test_ctrl_z_after_switching_workshop_leaves_the_first_workshops_run_alone(qtbot, rig):
    other, _ids = add_seed_workshop(rig.store, "Temadag B")
    press(qtbot, rig, K.Key_Space)  # item 1 of workshop A starts
    assert status(rig, 0) is TimerStatus.RUNNING
    rig.console.show_workshop(other)
    press(qtbot, rig, K.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert status(rig, 0) is TimerStatus.RUNNING  # A's start is still stored
    rig.console.show_workshop(rig.workshop_id)
    press(qtbot, rig, K.Key_Z, Qt.KeyboardModifier.ControlModifier)  # back in A it undoes there
    assert status(rig, 0) is TimerStatus.IDLE
