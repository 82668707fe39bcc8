"""The benchmark's parts measure what they claim (no timing is asserted: figures vary by machine)."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.bench import large, processes


def test_the_large_workshop_has_20000_lines_and_opening_reads_them_all(tmp_path: Path) -> None:
    path = tmp_path / "large.sqlite"
    large.generate(path)
    assert large.open_and_read(path) == 20_000


def test_a_timed_process_reports_its_line_and_memory(tmp_path: Path) -> None:
    run = processes.timed_run(["-c", "print('shown now')"], processes.isolated_env(tmp_path))
    assert run.line == "shown now" and run.peak_rss_mb > 1


def test_the_ready_floor_shows_a_window_after_importing_the_database_stack(tmp_path: Path) -> None:
    run = processes.timed_run(processes.ready_floor_arguments(), processes.isolated_env(tmp_path))
    assert run.line == "shown"
    assert "import sqlalchemy.orm, sqlmodel, facilitator.storage.models" in processes.ready_floor_arguments()[1]


def test_a_process_that_fails_is_not_timed(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="boom"):
        processes.timed_run(["-c", "import sys; sys.exit('boom')"], processes.isolated_env(tmp_path))


def test_the_bench_env_shows_no_window_and_keeps_settings_out_of_the_users(tmp_path: Path) -> None:
    env = processes.isolated_env(tmp_path)
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    assert env["XDG_CONFIG_HOME"].startswith(str(tmp_path)) and env["XDG_DATA_HOME"].startswith(str(tmp_path))


def test_an_enter_on_the_large_workshop_reads_only_its_list_once(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from facilitator.bench import live

    monkeypatch.setattr(live, "ENTERS", 4)
    monkeypatch.setattr(live, "WARM_UP", 1)
    path = tmp_path / "large.sqlite"
    large.generate(path)
    figures = live.measure_enter(path)
    assert figures["enter_reads"] == 1  # the capture screen's list; the console's wall, not shown, reads when shown
    assert figures["enter_to_visible_ms_p99"] > 0


def test_lines_from_a_second_process_all_reach_the_open_list(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from facilitator.bench import live

    monkeypatch.setattr(live, "REMOTE_LINES", 5)
    path = tmp_path / "large.sqlite"
    large.generate(path)
    figures = live.measure_remote(path)
    assert figures["remote_lines_missing_sqlite"] == 0


def test_only_the_named_parts_are_measured(monkeypatch, capsys) -> None:  # noqa: ANN001
    import json

    from facilitator.bench import __main__ as bench

    def everything(_folder: Path) -> dict:
        raise AssertionError("the whole bench ran")

    monkeypatch.setattr(bench, "measure", everything)
    monkeypatch.setitem(bench.PARTS, "scribes", lambda folder, env: {"scribe_ack_ms_p99": 1.0, "env": env["QT_QPA_PLATFORM"]})
    assert bench.main(["--only", "scribes"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["scribe_ack_ms_p99"] == 1.0 and printed["env"] == "offscreen" and "load_avg_1m" in printed
    assert "startup_s" not in printed
    with pytest.raises(SystemExit):
        bench.main(["--only", "scribes,nothing"])
    refused = capsys.readouterr().err
    assert "unknown part" in refused and "nothing" in refused and "known:" in refused and "scribes" in refused
