"""``facilitator scribes``: the server without a window, as a real process (loopback only)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from facilitator.cli_scribes import choose_host
from facilitator.scribes.addresses import Link, NetworkAddress
from facilitator.services.bundle import Services
from facilitator.storage.database import open_store
from tests.scribe_support import WRITE

ROOT = Path(__file__).resolve().parents[2]


def _demo_file(path: Path | str) -> tuple[int, int]:
    store = open_store(path)
    try:
        services = Services.over(store)
        workshop_id, _ = services.templates.create_demo()
        first_item = services.capture.items(workshop_id)[0].id
    finally:
        store.close()
    return workshop_id, first_item


def test_serves_prints_each_tables_address_and_stops_on_ctrl_c(any_store_target: Path | str) -> None:
    """On an SQLite file and on a PostgreSQL station's server alike."""
    db = any_store_target
    _workshop, item_id = _demo_file(db)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "facilitator", "--lang", "en", "--db", str(db), "scribes", "--host", "127.0.0.1",
         "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment, cwd=ROOT)
    try:
        assert process.stdout is not None
        heading = process.stdout.readline()
        assert "Table scribes for" in heading and "http://127.0.0.1:" in heading
        tables = [process.stdout.readline().rstrip("\n").split("\t") for _ in range(4)]
        assert [name for name, _url, _code in tables] == ["Klynge Syd", "Klynge Nord", "Klynge Midt",
                                                        "Klynge Vest"]
        _name, url, code = tables[0]
        assert url.startswith("http://127.0.0.1:") and code.startswith("code ")
        base = url.split("/#")[0]
        phone = httpx.Client(base_url=base, timeout=10)
        assert phone.post("/api/join", json={"code": url.split("#")[1]}, headers=WRITE).status_code == 200
        sent = phone.post("/api/lines", json={"client_id": "cli-line-0001", "item_id": item_id, "column": 0,
                                              "text": "Fra en telefon", "sub": False}, headers=WRITE)
        assert sent.status_code == 201
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "Stopped." in out
    store = open_store(db, exclusive=False)
    try:
        capture = Services.over(store).capture
        assert [line.text for line in capture.contributions(item_id) if line.origin == "table"] == ["Fra en telefon"]
    finally:
        store.close()


def test_a_port_in_use_is_refused_in_words(tmp_path: Path) -> None:
    import socket

    db = tmp_path / "w.sqlite"
    _demo_file(db)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        done = subprocess.run(
            [sys.executable, "-m", "facilitator", "--lang", "en", "--db", str(db), "scribes", "--host",
             "127.0.0.1", "--port", str(taken.getsockname()[1])],
            capture_output=True, text=True, env=environment, cwd=ROOT, timeout=60)
    assert done.returncode == 2
    assert "Cannot listen on 127.0.0.1" in done.stderr


def _addresses(*pairs: tuple[str, Link]) -> list[NetworkAddress]:
    return [NetworkAddress(address, "if", link) for address, link in pairs]


@pytest.mark.parametrize(("found", "expected"), [
    (_addresses(("10.0.0.5", Link.WIFI), ("127.0.0.1", Link.LOOPBACK)), "10.0.0.5"),
    (_addresses(("10.0.0.5", Link.WIFI), ("192.168.8.2", Link.WIRED)), None),  # which? it must be said
    (_addresses(("169.254.3.4", Link.WIFI), ("127.0.0.1", Link.LOOPBACK)), None),  # not really connected
])
def test_without_host_only_a_single_reachable_address_is_chosen(monkeypatch, capsys, found, expected) -> None:
    monkeypatch.setattr("facilitator.scribes.addresses.local_addresses", lambda: found)
    assert choose_host(None) == expected
    assert choose_host("127.0.0.1") == "127.0.0.1"
    if expected is None:
        assert "--host" in capsys.readouterr().err
