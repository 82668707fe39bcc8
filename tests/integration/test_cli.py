"""The command line, run as a user would: a real process, no display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.services.bundle import Services
from facilitator.storage.database import open_store
from facilitator.storage.migrate import head_revision

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-m", "facilitator", *args], capture_output=True, text=True,
                          env=environment, timeout=120, cwd=ROOT)


def test_help_lists_the_commands() -> None:
    result = run("--help")
    assert result.returncode == 0
    for word in ("--db", "list", "check"):
        assert word in result.stdout


def test_window_start_creates_the_demo_then_list_and_check_report_it(tmp_path: Path) -> None:
    db = tmp_path / "w.sqlite"
    started = run("--db", str(db), env={"FACILITATOR_REPORT_SHOWN": "1"})
    assert started.returncode == 0, started.stderr
    assert started.stdout.startswith("shown ")
    listed = run("--db", str(db), "list")
    assert listed.returncode == 0
    assert "Temadag" in listed.stdout or "Sundhedsaftale" in listed.stdout
    checked = run("--db", str(db), "--lang", "en", "check")
    assert checked.returncode == 0
    assert "Integrity: ok" in checked.stdout and f"Schema version: {head_revision()}" in checked.stdout


def test_bad_paths_give_a_message_in_danish_and_exit_2(tmp_path: Path) -> None:
    not_a_db = tmp_path / "agenda.txt"
    not_a_db.write_text("12.30-12.50: Oplæg", encoding="utf-8")
    for path in (tmp_path, not_a_db, tmp_path / "missing.sqlite"):
        result = run("--db", str(path), "--lang", "da", "check")
        assert result.returncode == 2
        assert str(path) in result.stderr
        assert "Traceback" not in result.stderr
    assert not (tmp_path / "missing.sqlite").exists()
    assert not_a_db.read_text(encoding="utf-8") == "12.30-12.50: Oplæg"


def _orphan_clusters(db: Path, count: int) -> None:
    """``count`` clusters of a workshop that is not there: a foreign-key problem each."""
    import sqlite3

    with sqlite3.connect(db) as connection:  # foreign keys are off in a plain connection
        for n in range(count):
            connection.execute("INSERT INTO cluster (workshop_id, position, name, members, colour) "
                               "VALUES (999, ?, ?, '', '#336699')", (n, f"Klynge {n}"))
    connection.close()


@pytest.mark.parametrize(("lang", "one", "two"), [
    ("da", "Fremmednøgler: 1 problem", "Fremmednøgler: 2 problemer"),
    ("en", "Foreign keys: 1 problem", "Foreign keys: 2 problems"),
])
def test_check_counts_foreign_key_problems_in_the_singular_and_the_plural(tmp_path: Path, lang: str, one: str,
                                                                          two: str) -> None:
    db = tmp_path / "w.sqlite"
    open_store(db).close()
    _orphan_clusters(db, 1)
    assert one in run("--db", str(db), "--lang", lang, "check").stdout.splitlines()
    _orphan_clusters(db, 1)
    assert two in run("--db", str(db), "--lang", lang, "check").stdout.splitlines()


@pytest.mark.parametrize(("lang", "one", "two"), [
    ("da", "Kopierede arrangement 1 som 1: Tom (1 række)", "Kopierede arrangement 2 som 2: Med klynge (2 rækker)"),
    ("en", "Copied workshop 1 as 1: Tom (1 row)", "Copied workshop 2 as 2: Med klynge (2 rows)"),
])
def test_copy_counts_rows_in_the_singular_and_the_plural(tmp_path: Path, lang: str, one: str, two: str) -> None:
    source = tmp_path / "kilde.sqlite"
    store = open_store(source)
    try:
        services = Services.over(store)
        services.workshops.create("Tom")
        with_cluster, _ = services.workshops.create("Med klynge")
        services.setup.add_cluster(with_cluster, "Klynge Nord")
    finally:
        store.close()
    target = tmp_path / "mål.sqlite"
    for workshop, expected in (("1", one), ("2", two)):
        copied = run("--db", str(target), "--lang", lang, "copy", "--from", str(source), "--workshop", workshop)
        assert copied.stdout == expected + "\n", copied.stderr
