"""Several stations on one PostgreSQL database: concurrent lines, a killed station."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlmodel import col, select

from facilitator.services.bundle import Services
from facilitator.storage.database import open_store
from facilitator.storage.models import Contribution

ROOT = Path(__file__).resolve().parents[2]
# One station: LINES lines as fast as it can, alternating between two lists; prints each ack.
STATION = """
import sys
from facilitator.services.bundle import Services
from facilitator.storage.database import open_store
url, name, item_id, first, second, lines = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:7])
store = open_store(url)
capture = Services.over(store).capture
for number in range(lines):
    cluster = first if number % 2 == 0 else second
    view, _ = capture.add_contribution(item_id, cluster, f"{name} {number}", client_id=f"{name}-{number}")
    print(f"ack {number}", flush=True)
store.close()
"""


def _workshop(url: str) -> tuple[int, int, int]:
    store = open_store(url)
    try:
        services = Services.over(store)
        workshop_id, _ = services.workshops.create("To stationer")
        first, _ = services.setup.add_cluster(workshop_id, "Klynge Syd")
        second, _ = services.setup.add_cluster(workshop_id, "Klynge Nord")
        item_id, _ = services.agenda.insert_item(workshop_id, title="Gruppearbejde")
        return item_id, first, second
    finally:
        store.close()


def _station(url: str, name: str, item_id: int, first: int, second: int, lines: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", STATION, url, name, str(item_id), str(first), str(second),
                             str(lines)], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def _lists(url: str, item_id: int) -> dict[int | None, list[tuple[int, str]]]:
    store = open_store(url)
    try:
        with store.read() as session:
            rows = session.exec(select(Contribution).where(Contribution.item_id == item_id)
                                .order_by(col(Contribution.position))).all()
            lists: dict[int | None, list[tuple[int, str]]] = {}
            for row in rows:
                lists.setdefault(row.cluster_id, []).append((row.position, row.text))
            return lists
    finally:
        store.close()


@pytest.mark.parametrize("lines", [1000])
def test_two_stations_writing_the_same_lists_get_every_line_once_numbered_without_gaps(
    server_url: str, lines: int
) -> None:
    item_id, first, second = _workshop(server_url)
    stations = [_station(server_url, name, item_id, first, second, lines) for name in ("A", "B")]
    for station in stations:
        _out, err = station.communicate(timeout=600)
        assert station.returncode == 0, err[-2000:]
    lists = _lists(server_url, item_id)
    for cluster in (first, second):
        positions = [position for position, _ in lists[cluster]]
        assert positions == list(range(lines))  # 1..N as shown: no gap, no duplicate
    texts = sorted(text for rows in lists.values() for _, text in rows)
    assert texts == sorted(f"{name} {n}" for name in ("A", "B") for n in range(lines))


def test_a_station_killed_mid_write_loses_nothing_it_acknowledged(server_url: str) -> None:
    item_id, first, second = _workshop(server_url)
    station = _station(server_url, "K", item_id, first, second, 100_000)
    assert station.stdout is not None
    acknowledged = -1
    deadline = time.monotonic() + 60
    while acknowledged < 300 and time.monotonic() < deadline:
        line = station.stdout.readline()
        if line.startswith("ack "):
            acknowledged = int(line.split()[1])
    station.send_signal(signal.SIGKILL)
    station.wait(timeout=30)
    stored = {text for rows in _lists(server_url, item_id).values() for _, text in rows}
    assert acknowledged >= 300
    assert {f"K {n}" for n in range(acknowledged + 1)} <= stored


def test_two_stations_pressing_start_at_once_give_one_start(server_url: str) -> None:
    """Both consoles showed the item not started; both press Space (toggle) and "start" together."""
    import threading

    from facilitator.domain.countdown import TimerStatus
    from facilitator.storage.models import TimerEvent

    item_id, _first, _second = _workshop(server_url)
    stations = [open_store(server_url), open_store(server_url)]
    try:
        services = [Services.over(store) for store in stations]
        workshop_id = services[0].capture.item(item_id).workshop_id
        together = threading.Barrier(2)
        errors: list[BaseException] = []

        def press(station: Services, how: str) -> None:
            try:
                together.wait(timeout=10)
                if how == "toggle":
                    station.run.toggle(workshop_id, seen=(item_id, TimerStatus.IDLE))
                else:
                    station.run.start(workshop_id, item_id)
            except BaseException as exc:  # noqa: BLE001 (reported below)
                errors.append(exc)

        for how in ("toggle", "start"):
            threads = [threading.Thread(target=press, args=(station, how)) for station in services]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=30)
            assert not errors, errors
            with stations[0].read() as session:
                kinds = session.exec(select(TimerEvent.kind).where(TimerEvent.item_id == item_id)).all()
            assert list(kinds) == ["start"], (how, kinds)  # one start: no pause, no second start
            state = services[1].run.state(workshop_id)
            assert state.current() is not None and state.current().timer.view().status is TimerStatus.RUNNING
    finally:
        for store in stations:
            store.close()
