"""Options after the sub-command, ``new`` and ``templates``: real processes, no display."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from facilitator.cli import build_parser
from tests.integration.test_cli import run


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_db_and_lang_work_after_the_sub_command(tmp_path: Path) -> None:
    db = tmp_path / "w.sqlite"
    created = run("new", "--db", str(db), "--title", "Temadag i Aalborg")
    assert created.returncode == 0, created.stderr
    listed = run("list", "--db", str(db))
    assert listed.returncode == 0, listed.stderr
    assert "Temadag i Aalborg" in listed.stdout
    checked = run("check", "--db", str(db), "--lang", "en")
    assert checked.returncode == 0 and "Integrity: ok" in checked.stdout
    before = run("--db", str(db), "--lang", "en", "check")
    assert before.stdout == checked.stdout


def test_every_sub_command_takes_db_and_lang_after_its_name(tmp_path: Path) -> None:
    """Also commands registered later by other modules: the parser adds them to all."""
    parser = build_parser()
    for name, sub in _commands().items():
        options = {option for action in sub._actions for option in action.option_strings}
        assert "--db" in options, name
        if name != "export-minutes":  # its --lang is the language of the minutes
            assert "--lang" in options, name
    args = parser.parse_args(["--db", "a.sqlite", "list"])
    assert args.db == Path("a.sqlite")
    args = parser.parse_args(["list", "--db", "b.sqlite", "--lang", "en"])
    assert (args.db, args.lang) == (Path("b.sqlite"), "en")
    args = parser.parse_args(["--lang", "da", "export-minutes", "--workshop", "1", "-o", "x.docx",
                              "--lang", "en", "--db", "c.sqlite"])
    assert (args.lang, args.minutes_lang, args.db) == ("da", "en", Path("c.sqlite"))


def test_new_prints_the_id_of_a_workshop_made_from_a_template(tmp_path: Path) -> None:
    db = tmp_path / "w.sqlite"
    names = run("templates", "--lang", "en")
    assert names.returncode == 0, names.stderr
    keys = [line.split("\t")[0] for line in names.stdout.splitlines()]
    assert "klynger-nordjylland" in keys and "sundhedsaftale-temadag" in keys
    first = run("--db", str(db), "new", "--template", "klynger-nordjylland", "--title", "Klyngemøde 2027")
    second = run("--db", str(db), "new")
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    first_id, second_id = int(first.stdout.strip()), int(second.stdout.strip())
    assert first_id != second_id
    listed = run("list", "--db", str(db)).stdout.splitlines()
    by_id = {int(line.split("\t")[0]): line.split("\t")[2] for line in listed}
    assert by_id[first_id] == "Klyngemøde 2027"
    agenda = run("export-agenda", "--workshop", str(first_id), "--db", str(db))
    assert agenda.returncode == 0 and agenda.stdout.count("\n") >= 5  # the template's programme


def test_new_with_an_unknown_template_names_the_known_ones_and_stores_nothing(tmp_path: Path) -> None:
    db = tmp_path / "w.sqlite"
    assert run("new", "--db", str(db)).returncode == 0
    result = run("new", "--db", str(db), "--template", "nordjylland", "--lang", "en")
    assert result.returncode == 1
    assert "nordjylland" in result.stderr and "klynger-nordjylland" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(run("list", "--db", str(db)).stdout.splitlines()) == 1


@pytest.mark.parametrize("language, name", [("da", "Klyngeseminar"), ("en", "Cluster seminar")])
def test_templates_are_listed_with_their_name_in_the_interface_language(language: str, name: str) -> None:
    result = run("templates", "--lang", language)
    assert result.returncode == 0, result.stderr
    assert f"klyngeseminar\t{name}" in result.stdout.splitlines()
