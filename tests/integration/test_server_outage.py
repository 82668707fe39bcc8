"""A server that stops and starts again: the station says so at once, and catches up after."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from facilitator.bench import pg_cluster
from facilitator.services.bundle import Services
from facilitator.storage.database import open_store
from facilitator.storage.errors import StoreError
from facilitator.ui.change_feed import ChangeFeed


@pytest.fixture
def own_server():  # noqa: ANN201 (stopped and started by the test: not the shared one)
    try:
        cluster = pg_cluster.start()
    except pg_cluster.Unavailable as why:
        pytest.skip(f"no PostgreSQL for this run: {why}")
    yield cluster
    cluster.remove()


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
