"""The table scribes in the window: the dialog, the console's join screen, phone lines appearing live."""

from __future__ import annotations

import socket

import httpx
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from facilitator.domain.kinds import ContributionOrigin
from facilitator.ui.capture.capture_view import CaptureView
from facilitator.ui.capture.list_model import OriginRole
from facilitator.ui.change_feed import ChangeFeed
from facilitator.ui.run.console import RunConsole
from facilitator.ui.run.slide import Layout, Screen
from facilitator.ui.scribes import dialog as dialog_module
from facilitator.ui.scribes.dialog import ScribesDialog
from facilitator.ui.scribes.host import ScribeHost
from tests.capture_fixtures import build_world
from tests.scribe_support import GENEROUS, WRITE


@pytest.fixture
def world(store):
    return build_world(store)


@pytest.fixture
def bus():
    return ChangeFeed()  # this window's own commits: the phones' arrive by the host's signal


@pytest.fixture
def host(services, bus):
    made = ScribeHost(services.scribes, services.change_log, bus, QSettings(), GENEROUS)
    yield made
    made.stop()


@pytest.fixture
def dialog(qtbot, host, services, world):
    shown = ScribesDialog(host, services.workshops, world.workshop_id)
    qtbot.addWidget(shown)
    shown.show()
    shown.address_box.setCurrentIndex(shown.address_box.findData("127.0.0.1"))  # loopback only, ever
    return shown


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start(qtbot, dialog, port: int | None = None) -> None:
    assert dialog.address_box.currentData() == "127.0.0.1"
    dialog.port_box.setValue(port or _free_port())
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)


def test_off_by_default_then_each_cluster_gets_a_card(qtbot, dialog, host, world):
    assert not host.running and dialog.cards == []
    _start(qtbot, dialog)
    assert host.running
    assert [card.card.cluster_name for card in dialog.cards] == ["Klynge Syd", "Klynge Nord", "Klynge Midt",
                                                                "Klynge Vest"]
    card = dialog.cards[0]
    assert card.qr.text == card.card.url and card.card.url.startswith(f"http://127.0.0.1:{host.site.port}/#")
    assert card.card.code.replace("-", "") in card.card.url
    assert "127.0.0.1" in dialog.status.text()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert not host.running and dialog.cards == []


def test_the_chosen_address_and_port_are_remembered(qtbot, dialog, host, services, world):
    port = _free_port()
    _start(qtbot, dialog, port)
    host.stop()
    again = ScribesDialog(host, services.workshops, world.workshop_id)
    qtbot.addWidget(again)
    assert again.address_box.currentData() == "127.0.0.1" and again.port_box.value() == port


def test_a_busy_port_is_said_in_words(qtbot, dialog, host):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        _start(qtbot, dialog, taken.getsockname()[1])
        assert not host.running
        assert str(taken.getsockname()[1]) in dialog.status.text()
        assert "another program" in dialog.status.text()


def test_a_phone_line_appears_in_the_open_capture_screen(qtbot, dialog, host, services, bus, world, english):
    capture = CaptureView(services, bus)
    qtbot.addWidget(capture)
    capture.show_workshop(world.workshop_id)
    capture.set_item(world.talk_item_id)  # the run's current item: the first, not yet started
    capture.tabs.setCurrentWidget(capture.pages["contributions"])
    capture.show()
    _start(qtbot, dialog)
    phone = httpx.Client(base_url=f"http://{host.site.address}")
    phone.post("/api/join", json={"code": host.cards()[1].code}, headers=WRITE)
    sent = phone.post("/api/lines", json={"client_id": "phone-line-1", "item_id": world.talk_item_id,
                                          "column": 0, "text": "Fra bordet", "sub": False}, headers=WRITE)
    assert sent.status_code == 201
    panel = next(p for p in capture.contributions.panels if p.capture_list.cluster_id == world.cluster_ids[1])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=3000)
    index = panel.model.index(0)
    assert index.data() == "1. Fra bordet" and index.data(OriginRole) == ContributionOrigin.TABLE
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "written at the table" in index.data(Qt.ItemDataRole.ToolTipRole)
    # The minute-taker edits it like any line.
    panel.model.setData(index, "Fra bordet, rettet")
    assert services.capture.lines(world.talk_item_id, world.cluster_ids[1])[0].text == "Fra bordet, rettet"
    assert presence_of(dialog, world.cluster_ids[1]) == "1 phone connected"
    second = httpx.Client(base_url=f"http://{host.site.address}")
    second.post("/api/join", json={"code": host.cards()[1].code}, headers=WRITE)
    assert second.get("/api/page").status_code == 200  # the second phone of the table reads the list
    assert presence_of(dialog, world.cluster_ids[1]) == "2 phones connected"
    card = next(c for c in dialog.cards if c.card.cluster_id == world.cluster_ids[1])
    assert "last line" in card.presence.text()  # with the time of the phone's last line


def presence_of(dialog, cluster_id: int) -> str:
    dialog._show_presence()
    card = next(c for c in dialog.cards if c.card.cluster_id == cluster_id)
    return card.presence.text().split(" · ")[0]


def test_new_code_stops_the_old_one_at_once(qtbot, dialog, host, world, monkeypatch):
    _start(qtbot, dialog)
    old = dialog.cards[0].card
    phone = httpx.Client(base_url=f"http://{host.site.address}")
    phone.post("/api/join", json={"code": old.code}, headers=WRITE)
    assert phone.get("/api/page").status_code == 200
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.cards[0].reissue_button, Qt.MouseButton.LeftButton)
    assert phone.get("/api/page").status_code == 401
    assert dialog.cards[0].card.code != old.code and dialog.cards[0].qr.text != old.url


def _console(qtbot, services, bus, world, **kwargs) -> RunConsole:
    console = RunConsole(services.run, bus, QSettings(), **kwargs)
    qtbot.addWidget(console)
    console.show_workshop(world.workshop_id)
    console.show()
    console.activateWindow()
    qtbot.waitActive(console)
    console.table.setFocus()
    qtbot.wait(10)
    return console


def test_the_console_puts_the_join_screen_on_the_projector_with_one_key(qtbot, dialog, host, services, bus,
                                                                         world):
    console = _console(qtbot, services, bus, world, join_screen=host.join_screen)
    qtbot.keyClick(console.table, Qt.Key.Key_J)
    assert console.screen_mode is Screen.LIVE and "F6" in console.notice_label.text()
    _start(qtbot, dialog)
    host.set_network_name("Temadag-hotspot")
    console.activateWindow()
    qtbot.waitActive(console)
    console.table.setFocus()
    qtbot.wait(10)
    qtbot.keyClick(console.table, Qt.Key.Key_J)
    slide = console.preview.slide
    assert slide.layout is Layout.JOIN
    assert slide.join.network == "Temadag-hotspot"
    assert [tile.name for tile in slide.join.tiles][:2] == ["Klynge Syd", "Klynge Nord"]
    assert len(slide.join.tiles[0].matrix) >= 29  # a real QR code, quiet zone included
    assert console.table.hasFocus()  # the facilitator stays on the console
    qtbot.keyClick(console.table, Qt.Key.Key_J)
    assert console.preview.slide.layout is not Layout.JOIN
    qtbot.keyClick(console.table, Qt.Key.Key_J)
    host.stop()
    console.tick()
    assert console.preview.slide.layout is not Layout.JOIN  # no server, no join screen


def test_f6_asks_for_the_scribes_window(qtbot, services, bus, world):
    console = _console(qtbot, services, bus, world)
    with qtbot.waitSignal(console.scribes_requested) as asked:
        qtbot.keyClick(console.table, Qt.Key.Key_F6)
    assert asked.args == [world.workshop_id]


def test_another_workshop_stops_the_server(qtbot, dialog, host, world):
    _start(qtbot, dialog)
    host.workshop_closed(world.workshop_id)
    assert host.running
    host.workshop_closed(world.workshop_id + 1)
    assert not host.running


def test_no_phone_for_a_while_is_said_with_the_usual_causes(qtbot, dialog, host, monkeypatch):
    monkeypatch.setattr(dialog_module, "NO_PHONE_HINT_S", 4)  # two presence ticks instead of a minute
    _start(qtbot, dialog)
    assert "hotspot" in dialog.hint.text() and "No phone" not in dialog.hint.text()
    dialog._show_presence()
    dialog._show_presence()
    assert dialog.hint.text().startswith("No phone has reached this laptop yet.")
    assert "keep devices apart" in dialog.hint.text() and "hotspot" in dialog.hint.text()
    phone = httpx.Client(base_url=f"http://{host.site.address}")
    phone.post("/api/join", json={"code": host.cards()[0].code}, headers=WRITE)
    assert phone.get("/api/page").status_code == 200
    dialog._show_presence()
    assert not dialog.hint.text().startswith("No phone")
