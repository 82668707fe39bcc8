"""Issue 15's "done when": two app windows on two stations (two processes, two data folders)
against one PostgreSQL show each other's lines, themes and clock by themselves, and the minutes
exported from either are identical."""

from __future__ import annotations

from pathlib import Path

from tests.document_text import docx_lines
from tests.integration.station_process import StationProcess


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
