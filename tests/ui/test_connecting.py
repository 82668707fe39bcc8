"""Deliberate connects to a server wait off the GUI thread: the window lives, Cancel ends the wait.

The silent server accepts the connection and never answers (a host that hangs, a firewall
that swallows the reply), so libpq waits for its connect timeout: the case that froze the
window. A closed port is refused at once: that is the "cannot be reached" message.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from facilitator.ui.waiting import BusyDialog, Cancelled, wait_for
from facilitator.ui.workshop_picker import WorkshopPicker
from tests.ui.app_support import main_window, navigation, start_app


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A server's address whose port takes the connection and never says a word."""
    listener = socket.create_server(("127.0.0.1", 0), backlog=16)  # never accepted: the kernel holds them
    yield f"postgresql://facilitator@127.0.0.1:{listener.getsockname()[1]}/temadag"
    listener.close()


@pytest.fixture
def closed_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"postgresql://facilitator@127.0.0.1:{port}/temadag"


class Waiting:
    """Watches a wait from a timer: how often the event loop turned, and presses Esc on the busy
    dialog once it has shown (a user giving up)."""

    def __init__(self, qtbot: QtBot, cancel: bool = True) -> None:
        self.ticks = 0
        self.ticks_with_dialog = 0
        self.cancelled = False
        self._qtbot = qtbot
        self._cancel = cancel
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(20)

    def _tick(self) -> None:
        self.ticks += 1
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, BusyDialog) and dialog.isVisible():
            self.ticks_with_dialog += 1
            if self._cancel and self.ticks_with_dialog == 5 and not self.cancelled:
                assert QApplication.focusWidget() is dialog  # a stray Enter or Space cancels nothing
                self._qtbot.keyClick(dialog, Qt.Key.Key_Return)
                self._qtbot.keyClicks(dialog, "ja ")
                assert dialog.isVisible()
                self.cancelled = True
                self._qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def errors(monkeypatch) -> list[str]:  # noqa: ANN001
    """The error boxes that would have been shown, as "title: text"."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append(f"{title}: {text}"))
    return shown


def _press_and_give_up(qtbot: QtBot, waiting: Waiting, button: QPushButton) -> None:
    """Space on ``button`` (focused), Esc once the busy dialog shows; focus comes back to it."""
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # waits here, in the busy dialog, until Esc
    assert waiting.cancelled and waiting.ticks_with_dialog >= 5  # the loop turned while it waited
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)  # focus back where it was


def _in_picker(app, steps: Callable[[WorkshopPicker], None]) -> None:  # noqa: ANN001
    """Open the app's workshop picker (modal) and run ``steps`` inside it, as a user would."""
    failures: list[BaseException] = []

    def run() -> None:
        picker = QApplication.activeModalWidget()
        assert isinstance(picker, WorkshopPicker)
        try:
            steps(picker)
        except BaseException as exc:  # noqa: BLE001 (raised below, outside the dialog's loop)
            failures.append(exc)
            picker.reject()

    QTimer.singleShot(0, run)
    app.show_picker(app.feed)
    if failures:
        raise failures[0]


def test_connecting_from_the_picker_to_a_server_that_never_answers_keeps_the_window_alive_and_cancel_ends_it(
        qapp, qtbot: QtBot, tmp_path: Path, silent_server: str, errors: list[str],
        monkeypatch) -> None:  # noqa: ANN001
    app = start_app(qapp, qtbot, tmp_path / "laptop.sqlite")
    window = main_window(app)
    workshop_id = window.workshop_id
    offered: list[list[str]] = []

    def get_item(_parent, _title, _label, items, _current, _editable):  # noqa: ANN001, ANN202
        offered.append(list(items))
        return (f" {silent_server} ", True) if len(offered) == 1 else ("", False)

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    waiting = Waiting(qtbot)

    def steps(picker: WorkshopPicker) -> None:
        connect = picker.findChild(QPushButton, "connect")
        _press_and_give_up(qtbot, waiting, connect)
        assert picker.isVisible()  # not connected: the picker stays
        qtbot.keyClick(connect, Qt.Key.Key_Space)  # the typed address is offered first again
        picker.reject()

    try:
        _in_picker(app, steps)
    finally:
        waiting.stop()
    assert offered[1][0] == silent_server
    assert errors == []  # cancelled: no error on top
    assert app.window is window and window.workshop_id == workshop_id and app.store is not None
    assert app.store.path == tmp_path / "laptop.sqlite"  # the file stays open
    app.close_file()


def test_connecting_from_the_picker_to_the_server_opens_its_workshop(
        qapp, qtbot: QtBot, tmp_path: Path, server_url: str, monkeypatch) -> None:  # noqa: ANN001
    app = start_app(qapp, qtbot, tmp_path / "laptop.sqlite")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: (server_url, True))

    def steps(picker: WorkshopPicker) -> None:
        qtbot.keyClick(picker.findChild(QPushButton, "connect"), Qt.Key.Key_Space)

    try:
        _in_picker(app, steps)  # returns once the picker has closed
        assert app.store is not None and app.store.path is None and app.store.location == server_url
        assert app.services is not None and app.window is not None
        assert app.window.workshop_id in [w.id for w in app.services.workshops.list()]  # the demo, on the server
    finally:
        app.close_file()


def test_the_password_asked_for_a_server_is_tried_off_the_gui_thread_and_kept_when_the_wait_is_cancelled(
        qapp, qtbot: QtBot, tmp_path: Path, silent_server: str, monkeypatch) -> None:  # noqa: ANN001
    import facilitator.app as app_module
    from facilitator.storage.errors import PasswordNeeded

    real_open_store = app_module.open_store
    tried: list[str] = []

    def open_store(url, **kwargs):  # noqa: ANN001, ANN202 (the server asks for a password first)
        tried.append(url)
        if ":hemm" not in url:
            raise PasswordNeeded(url, "no password supplied")
        return real_open_store(url, **kwargs)

    monkeypatch.setattr(app_module, "open_store", open_store)
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: (asked.append(args[2]) or ("hemmelig", True)))
    app = start_app(qapp, qtbot, tmp_path / "laptop.sqlite")
    window = main_window(app)
    field = navigation(app)
    field.setFocus()
    waiting = Waiting(qtbot)
    try:
        assert app.open_file(silent_server) is False  # cancelled in the busy dialog
        assert waiting.cancelled and waiting.ticks_with_dialog >= 5
        assert len(asked) == 1 and tried[-1].startswith("postgresql://facilitator:hemmelig@")
        qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
        waiting.ticks_with_dialog, waiting.cancelled = 0, False
        assert app.open_file(silent_server) is False  # again: the password is not asked twice
        assert len(asked) == 1 and waiting.cancelled
        assert app.window is window and app.store is not None and app.store.path is not None
    finally:
        waiting.stop()
        app.close_file()


def test_put_on_a_server_that_never_answers_can_be_cancelled_and_a_closed_port_is_said(
        qapp, qtbot: QtBot, tmp_path: Path, silent_server: str, closed_port: str, errors: list[str],
        monkeypatch) -> None:  # noqa: ANN001
    app = start_app(qapp, qtbot, tmp_path / "laptop.sqlite")
    targets = iter([silent_server, closed_port])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: (next(targets), True))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    waiting = Waiting(qtbot)

    def steps(picker: WorkshopPicker) -> None:
        put = picker.findChild(QPushButton, "put_on_server")
        _press_and_give_up(qtbot, waiting, put)
        assert picker.isVisible() and (told, errors) == ([], [])
        qtbot.keyClick(put, Qt.Key.Key_Space)  # refused at once: said, in the words for it
        assert len(errors) == 1 and told == []
        assert errors[0].startswith("Not copied: ") and "cannot be reached" in errors[0]
        picker.reject()

    try:
        _in_picker(app, steps)
    finally:
        waiting.stop()
        app.close_file()


def test_a_late_result_after_cancel_is_discarded_and_a_quick_job_shows_no_dialog(qtbot: QtBot) -> None:
    release = threading.Event()
    discarded: list[object] = []
    late = object()
    waiting = Waiting(qtbot)
    try:
        with pytest.raises(Cancelled):
            wait_for(None, "Forbinder …", lambda: release.wait(30) and late, discard=discarded.append)
        assert waiting.cancelled
        release.set()
        qtbot.waitUntil(lambda: discarded == [late])
        waiting.ticks_with_dialog = 0
        assert wait_for(None, "Forbinder …", lambda: 42) == 42
        assert waiting.ticks_with_dialog == 0
        with pytest.raises(ZeroDivisionError):
            wait_for(None, "Forbinder …", lambda: 1 / 0)  # the job's error, raised where it was asked for
    finally:
        waiting.stop()


def test_keys_typed_while_start_up_waits_on_the_server_are_kept_for_the_workshop(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit

    from facilitator.ui.opening_page import OpeningPage

    page = OpeningPage("Temadag")
    qtbot.addWidget(page)
    page.show()
    release = threading.Event()
    waiting = Waiting(qtbot)  # types Enter and "ja " into the busy dialog, then Esc
    try:
        with pytest.raises(Cancelled):
            wait_for(page, "Forbinder …", lambda: release.wait(30), keys_to=page)
    finally:
        release.set()
        waiting.stop()
    field = QLineEdit()
    qtbot.addWidget(field)
    page.hand_on_keys(field)  # the sections are there: what was typed goes on
    assert field.text() == "ja "
