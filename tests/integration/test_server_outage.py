"""A server that stops and starts again: the station says so at once, and catches up after."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from facilitator.services.bundle import Services
from facilitator.storage.database import open_store
from facilitator.storage.errors import StoreError
from facilitator.ui.change_feed import ChangeFeed


def test_a_stopped_server_is_said_once_and_its_return_refreshes_and_saves_again(qtbot: QtBot, own_server) -> None:  # noqa: ANN001
    url = own_server.create_database("venue")
    store = open_store(url)
    try:
        services = Services.over(store)
        workshop_id, _ = services.workshops.create("Temadag")
        item_id, _ = services.agenda.insert_item(workshop_id, title="Gruppearbejde")
        feed = ChangeFeed(services.change_log, interval_ms=20)
        feed.watch(workshop_id)
        failures, back, received = [], [], []
        feed.failed.connect(failures.append)
        feed.recovered.connect(lambda: back.append(True))
        feed.changed.connect(received.append)
        feed.poll()
        own_server.stop()
        qtbot.waitUntil(lambda: bool(failures), timeout=15000)  # the feed's own polls notice
        qtbot.wait(200)
        assert len(failures) == 1 and "cannot be reached" in failures[0]
        with pytest.raises(StoreError):
            services.capture.add_contribution(item_id, None, "Mens serveren var væk")
        own_server.start()
        qtbot.waitUntil(lambda: bool(back), timeout=15000)
        assert received[-1].capture and received[-1].workshop_id == workshop_id
        view, _ = services.capture.add_contribution(item_id, None, "Efter serveren kom tilbage")
        assert view is not None
        assert [line.text for line in services.capture.lines(item_id, None)] == ["Efter serveren kom tilbage"]
        feed.stop()
    finally:
        store.close()


def _capture_panel(app):  # noqa: ANN001, ANN202 (the first list of the demo's group work, shown)
    from tests.ui.app_support import capture_of, main_window

    assert app.services is not None
    workshop_id = main_window(app).workshop_id
    group = next(i for i in app.services.capture.items(workshop_id) if i.kind == "group_work")
    main_window(app).show_section("capture")
    capture = capture_of(app)
    capture.set_item(group.id)
    return capture.contributions.panels[0]


def _texts(panel) -> list[str]:  # noqa: ANN001
    return [panel.model.line(row).text for row in range(panel.model.rowCount())]


def test_a_line_typed_while_the_server_is_away_is_kept_here_and_sent_once_it_is_back(
        qapp, qtbot: QtBot, own_server) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    from tests.ui.app_support import main_window, start_app

    url = own_server.create_database("venue")
    app = start_app(qapp, qtbot, url)
    try:
        window = main_window(app)
        panel = _capture_panel(app)
        panel.entry.setFocus()
        qtbot.keyClicks(panel.entry, "Foer pausen")
        qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
        assert _texts(panel)[-1] == "Foer pausen"
        own_server.stop()
        qtbot.waitUntil(window.store_problem.isVisible, timeout=15000)  # said by itself, at once
        panel.entry.setText("Mens serveren var væk: æøå")
        qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
        assert panel.entry.text() == ""  # taken: kept in this station's journal
        assert panel.entry.hasFocus()
        assert panel.waiting.isVisible() and "Mens serveren var væk: æøå" in panel.waiting.text()
        assert "Mens serveren var væk: æøå" not in _texts(panel)
        own_server.start()
        qtbot.waitUntil(lambda: not window.store_problem.isVisible(), timeout=20000)
        qtbot.waitUntil(lambda: _texts(panel)[-2:] == ["Foer pausen", "Mens serveren var væk: æøå"], timeout=5000)
        assert not panel.waiting.isVisible()
        assert app.services is not None and app.services.offline.waiting() == 0
        lines = app.services.capture.lines(panel.model.item_id, panel.capture_list.cluster_id)
        assert [line.text for line in lines].count("Mens serveren var væk: æøå") == 1
    finally:
        app.close_file()


STATION_TYPING_OFFLINE = """
import os, sys
from facilitator.services.bundle import Services
from facilitator.storage.database import open_store
store = open_store(sys.argv[1])
services = Services.over(store)
item_id, cluster_id = int(sys.argv[2]), int(sys.argv[3])
print("open", flush=True)
sys.stdin.readline()  # the server has been stopped
for number in range(3):
    view, changes, kept = services.offline.add(item_id, cluster_id, f"Offline {number}", client_id=f"crash-{number}")
    assert view is None and kept, (view, kept)
print("kept", flush=True)
os.kill(os.getpid(), 9)  # a crash: nothing closed, nothing flushed by us
"""


def test_a_station_that_crashes_while_offline_sends_its_journal_when_started_again(
        tmp_path, own_server) -> None:  # noqa: ANN001
    import os
    import subprocess
    import sys
    from pathlib import Path

    url = own_server.create_database("venue")
    store = open_store(url)
    services = Services.over(store)
    workshop_id, _ = services.workshops.create("Temadag")
    item_id, _ = services.agenda.insert_item(workshop_id, title="Gruppearbejde")
    cluster_id, _ = services.setup.add_cluster(workshop_id, "Syd")
    store.close()
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "station-b")}  # the station's own data folder
    root = Path(__file__).resolve().parents[2]
    station = subprocess.Popen([sys.executable, "-c", STATION_TYPING_OFFLINE, url, str(item_id), str(cluster_id)],
                               cwd=root, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert station.stdout is not None and station.stdin is not None
    assert station.stdout.readline().strip() == "open"
    own_server.stop()
    station.stdin.write("go\n")
    station.stdin.flush()
    assert station.stdout.readline().strip() == "kept"
    assert station.wait(timeout=30) == -9
    own_server.start()
    os.environ["XDG_DATA_HOME"] = env["XDG_DATA_HOME"]  # the same station starts again
    again = open_store(url)
    try:
        services = Services.over(again)
        assert services.offline.waiting() == 3
        result = services.offline.send()
        assert (result.sent, result.waiting) == (3, 0)
        assert services.offline.send().sent == 0  # sent once
        assert [line.text for line in services.capture.lines(item_id, cluster_id)] == [
            "Offline 0", "Offline 1", "Offline 2"]
    finally:
        again.close()


def test_a_dropped_network_never_holds_up_the_window_and_loses_no_line(qapp, qtbot: QtBot, own_server) -> None:  # noqa: ANN001
    """The relay stops passing anything (no refusal, no reset): a line typed at that very moment
    waits only until the watch finds the link dead, and every reconnect waits in the watch."""
    import time

    from PySide6.QtCore import Qt, QTimer

    from facilitator.storage.server_watch import ANSWER_S, CONNECT_TIMEOUT_S, HEARTBEAT_S
    from tests.integration.network_cut import NetworkCut
    from tests.ui.app_support import main_window, start_app

    url = own_server.create_database("venue")
    network = NetworkCut("127.0.0.1", own_server.port)
    app = start_app(qapp, qtbot, url.replace(f":{own_server.port}/", f":{network.port}/"))
    ticks: list[float] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
    try:
        window = main_window(app)
        panel = _capture_panel(app)
        panel.entry.setFocus()
        ticker.start(20)
        qtbot.wait(200)
        network.cut()
        panel.entry.setText("Skrevet idet nettet faldt")  # sent into the cut network
        qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
        assert panel.entry.text() == "" and "Skrevet idet nettet faldt" in panel.waiting.text()
        qtbot.waitUntil(window.store_problem.isVisible, timeout=15000)
        panel.entry.setText("Skrevet uden net")
        qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
        assert panel.entry.text() == "" and "Skrevet uden net" in panel.waiting.text()
        assert panel.entry.hasFocus()
        qtbot.wait(6000)  # the watch's connect attempts meet the cut network meanwhile
        network.mend()
        qtbot.waitUntil(lambda: not window.store_problem.isVisible(), timeout=20000)
        qtbot.waitUntil(lambda: _texts(panel)[-2:] == ["Skrevet idet nettet faldt", "Skrevet uden net"],
                        timeout=5000)
        ticker.stop()
        longest = max(b - a for a, b in zip(ticks, ticks[1:]))
        # The one wait: the line sent into the cut network, until the heartbeat is overdue.
        assert longest < HEARTBEAT_S + ANSWER_S + 1.5 < CONNECT_TIMEOUT_S, f"the window stood still {longest:.1f} s"
    finally:
        ticker.stop()
        app.close_file()
        network.close()
