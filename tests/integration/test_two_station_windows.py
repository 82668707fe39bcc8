"""Issue 15's "done when": two app windows on two stations (two processes, two data folders)
against one PostgreSQL show each other's lines, themes and clock by themselves, and the minutes
exported from either are identical."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.document_text import docx_lines

ROOT = Path(__file__).resolve().parents[2]
SEEN_WITHIN_S = 5  # a generous bound for a loaded CI machine; the bench measures the real figure


class StationProcess:
    """``tests.integration.station_driver`` in a process of its own, with its own data folder."""

    def __init__(self, url: str, folder: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
               "XDG_DATA_HOME": str(folder / "data"), "XDG_CONFIG_HOME": str(folder / "config")}
        self.process = subprocess.Popen([sys.executable, "-m", "tests.integration.station_driver", url],
                                        cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        text=True)
        assert self.answer() == {"open": True}

    def answer(self) -> dict:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, f"the station ended (exit {self.process.poll()})"
        return json.loads(line)

    def do(self, command: str) -> dict:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.answer()

    def until(self, what, timeout: float = SEEN_WITHIN_S) -> dict:  # noqa: ANN001
        """The report once ``what(report)`` holds (the other station's change arrived by itself)."""
        deadline = time.monotonic() + timeout
        while True:
            report = self.do("report")
            if what(report) or time.monotonic() > deadline:
                return report
            time.sleep(0.02)

    def quit(self) -> None:
        if self.process.poll() is None:
            self.do("quit")
            self.process.wait(timeout=30)


def test_two_station_windows_show_each_others_lines_themes_and_clock_and_export_the_same_minutes(
        tmp_path: Path, server_url: str) -> None:
    a = StationProcess(server_url, tmp_path / "station-a")  # the first creates the demo workshop
    b = None
    try:
        assert a.do("ready")["item"]
        b = StationProcess(server_url, tmp_path / "station-b")
        assert b.do("ready") == a.do("ready")  # the same workshop and item on both
        a.do("add Linje fra station A: fælles sprog")
        report = b.until(lambda r: "Linje fra station A: fælles sprog" in r["lines"])
        assert "Linje fra station A: fælles sprog" in report["lines"]
        b.do("add Linje fra station B")
        report = a.until(lambda r: r["lines"][-2:] == ["Linje fra station A: fælles sprog", "Linje fra station B"])
        assert report["lines"][-2:] == ["Linje fra station A: fælles sprog", "Linje fra station B"]
        b.do("show-themes")
        a.do("theme Tværsektorielt samarbejde")
        report = b.until(lambda r: any("Tværsektorielt samarbejde" in t for t in r["themes"]))
        assert any("Tværsektorielt samarbejde" in t for t in report["themes"])
        a.do("start")
        clock_a = a.do("report")
        assert clock_a["clock_events"], clock_a  # started on A
        report = b.until(lambda r: r["clock_events"] == clock_a["clock_events"])
        assert (report["clock_item"], report["clock_events"]) == (clock_a["clock_item"], clock_a["clock_events"])
        assert report["countdown"]
        a.do(f"export {tmp_path / 'a.docx'}")
        b.do(f"export {tmp_path / 'b.docx'}")
        minutes_a = docx_lines((tmp_path / "a.docx").read_bytes())
        assert any("Linje fra station B" in text for _kind, _marker, text in minutes_a)
        assert minutes_a == docx_lines((tmp_path / "b.docx").read_bytes())
    finally:
        a.quit()
        if b is not None:
            b.quit()
