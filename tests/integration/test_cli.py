"""The command line, run as a user would: a real process, no display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
