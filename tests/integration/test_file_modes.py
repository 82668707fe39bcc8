"""Workshop files hold participants' names and e-mail addresses: they are the owner's alone.

Found by an adversarial run: the data folder, the database and its backups were world-readable
(0755/0644 under umask 022), and ``restore`` turned a 0600 file into a 0644 one.
"""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.services.backups import BackupService
from facilitator.storage.backup import before_upgrade_copies
from facilitator.storage.database import open_store
from facilitator.storage.locations import backup_folder, data_folder
from tests.integration.workshop_file import add_lines, make_workshop

OLDEST = Path(__file__).resolve().parents[1] / "fixtures" / "schema-0001.sqlite"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _usual_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_the_data_folder_and_the_backups_folder_are_private(tmp_path: Path) -> None:
    folder = Path(os.environ["XDG_DATA_HOME"]) / "Facilitator"
    folder.mkdir(parents=True, mode=0o755)  # as an earlier version left it
    folder.chmod(0o755)
    assert data_folder() == folder and _mode(folder) == 0o700
    assert _mode(backup_folder()) == 0o700


def test_a_new_workshop_file_and_its_side_files_are_private(tmp_path: Path) -> None:
    store = open_store(tmp_path / "w.sqlite")
    try:
        add_lines(store, ["Anne Jensen, anne@kommune.dk"])
        for suffix in ("", "-wal", "-shm"):
            assert _mode(tmp_path / f"w.sqlite{suffix}") == 0o600, suffix
    finally:
        store.close()


@pytest.mark.parametrize("mode", [0o600, 0o640])
def test_backups_and_restores_keep_the_files_mode(tmp_path: Path, mode: int) -> None:
    path = make_workshop(tmp_path / "w.sqlite")
    path.chmod(mode)
    service = BackupService(tmp_path / "backups")
    info = service.back_up(path)
    assert _mode(info.path) == mode
    kept = service.restore_file(info.name, path)
    assert _mode(path) == mode
    assert kept is not None and _mode(kept.path) == mode


def test_the_copy_kept_before_an_upgrade_keeps_the_files_mode(tmp_path: Path) -> None:
    path = tmp_path / "gammel.sqlite"
    shutil.copyfile(OLDEST, path)
    path.chmod(0o600)
    open_store(path).close()
    assert _mode(path) == 0o600
    assert [_mode(copy) for copy in before_upgrade_copies(path)] == [0o600]
