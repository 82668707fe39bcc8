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
    """Each list's lines (not the answers under a line: those are numbered under it) on the server."""
    store = open_store(url)
    try:
        with store.read() as session:
            rows = session.exec(select(Contribution).where(Contribution.item_id == item_id,
                                                           col(Contribution.parent_id).is_(None),
                                                           col(Contribution.deleted_at).is_(None))
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


def test_two_station_windows_typing_through_a_server_stop_and_start_store_every_line_once_in_order(
        tmp_path: Path, own_server, station_lines: int) -> None:  # noqa: ANN001
    """Two app windows type ``station_lines`` lines each into the same two lists, Enter after
    Enter; the server stops a third of the way in and starts again: what was typed meanwhile
    waits in each station's journal and is sent when the server answers again."""
    from tests.integration.station_process import StationProcess

    url = own_server.create_database("venue")
    a = StationProcess(url, tmp_path / "station-a")  # the first creates the demo workshop
    stations = [a]
    try:
        item_id = a.do("ready")["item"]
        stations.append(StationProcess(url, tmp_path / "station-b"))
        assert stations[1].do("ready")["item"] == item_id
        for station, name in zip(stations, "AB"):
            assert station.do(f"type {station_lines} {name}") == {"typing": station_lines}

        def progress_until(what, timeout: float) -> list[dict]:  # noqa: ANN001
            answers = [station.until(what, timeout, command="progress") for station in stations]
            for answer in answers:
                assert not answer["trouble"], answers
            return answers

        third = station_lines // 3
        progress_until(lambda p: p["typed"] >= third or bool(p["trouble"]), timeout=120)
        own_server.stop()
        # Typing goes on while the server is away: those lines wait in each station's journal.
        away = progress_until(lambda p: p["waiting"] >= 20 or p["typed"] == station_lines or bool(p["trouble"]),
                              timeout=60)
        assert all(answer["waiting"] > 0 for answer in away), away
        own_server.start()
        done = progress_until(lambda p: (p["typed"], p["waiting"]) == (station_lines, 0) or bool(p["trouble"]),
                              timeout=300)
        assert all((answer["typed"], answer["waiting"]) == (station_lines, 0) for answer in done), done

        lists = _lists(url, item_id)
        ours = {cluster: [text for _, text in rows if text.split(" ")[0] in ("A", "B")]
                for cluster, rows in lists.items()}
        stored = [text for texts in ours.values() for text in texts]
        typed = [f"{name} {n}" for name in "AB" for n in range(station_lines)]
        assert len(stored) == len(typed) == 2 * station_lines and sorted(stored) == sorted(typed)  # each once
        for cluster, rows in lists.items():
            assert [position for position, _ in rows] == list(range(len(rows))), cluster  # no gap, no double
        first, second = (next(c for c, texts in ours.items() if f"A {n}" in texts) for n in (0, 1))
        for cluster, parity in ((first, 0), (second, 1)):
            for name in "AB":  # each station's lines in the order it typed them
                numbers = [int(text.split(" ")[1]) for text in ours[cluster] if text.startswith(f"{name} ")]
                assert numbers == list(range(parity, station_lines, 2)), (cluster, name)
        on_server = [ours[first], ours[second]]

        def shown(report: dict) -> list[list[str]]:
            return [[text for text in texts if text in typed_once] for texts in report["lists"][:2]]

        typed_once = set(typed)
        reports = [station.until(lambda r: shown(r) == on_server, timeout=30) for station in stations]
        assert [shown(report) for report in reports] == [on_server, on_server]  # as on the server
        assert reports[0]["lists"] == reports[1]["lists"]  # and both windows show the same
    finally:
        for station in stations:
            station.quit()
