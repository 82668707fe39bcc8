"""``facilitator backup`` / ``facilitator restore`` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.storage.database import open_store
from tests.integration.workshop_file import add_lines, make_workshop, stored_texts


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_list_and_restore_by_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_workshop(tmp_path / "temadag.sqlite", lines=2)
    code, out, _ = _run(capsys, "--db", str(path), "backup")
    assert code == 0 and "verified" in out
    code, out, _ = _run(capsys, "--db", str(path), "restore")
    name = out.split("\t")[0]
    assert code == 0 and name.startswith("temadag--") and "by hand" in out

    store = open_store(path)
    add_lines(store, ["Skrevet efter backuppen"])
    store.close()
    code, out, _ = _run(capsys, "--db", str(path), "restore", name)
    assert code == 0 and "Restored" in out and "kept as the backup" in out
    reopened = open_store(path)
    assert "Skrevet efter backuppen" not in stored_texts(reopened)
    assert len(stored_texts(reopened)) == 2
    reopened.close()


def test_restore_is_refused_while_the_app_has_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_workshop(tmp_path / "temadag.sqlite")
    _run(capsys, "--db", str(path), "backup")
    name = _run(capsys, "--db", str(path), "restore")[1].split("\t")[0]
    app_has_it = open_store(path)
    try:
        code, _, err = _run(capsys, "--db", str(path), "restore", name)
    finally:
        app_has_it.close()
    assert code == 2 and "is open in another Facilitator window" in err


def test_backing_up_a_foreign_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "noter.sqlite"
    path.write_text("ikke en database")
    code, _, err = _run(capsys, "--db", str(path), "backup")
    assert code == 2 and "is not a Facilitator workshop file" in err
