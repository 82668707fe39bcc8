"""A full disk: the user is told, nothing stored before is lost, and work goes on once space returns.

SQLite's ``max_page_count`` makes the disk "full" anywhere; a real tiny file system (tmpfs)
is used as well where the tests may mount one (root with CAP_SYS_ADMIN, as in CI).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from facilitator.services.backups import BackupService
from facilitator.storage import errors
from facilitator.storage.database import open_store
from tests.integration.workshop_file import add_lines, make_workshop, stored_texts

LONG_LINE = "Klynge Syd: " + "lang tekst " * 2000


def test_a_full_database_is_reported_loses_nothing_and_the_store_keeps_working(tmp_path: Path) -> None:
    path = make_workshop(tmp_path / "w.sqlite", lines=10)
    store = open_store(path)
    try:
        before = stored_texts(store)
        space = {"pages": 0}  # 0: unlimited

        def limit(connection: sqlite3.Connection, _record: object) -> None:
            if space["pages"]:
                connection.execute(f"PRAGMA max_page_count={space['pages']}")

        event.listen(store.engine, "connect", limit)
        store.engine.dispose()
        with sqlite3.connect(path) as probe:
            space["pages"] = probe.execute("PRAGMA page_count").fetchone()[0]
        probe.close()

        with pytest.raises(errors.DiskFullError) as caught:
            add_lines(store, [LONG_LINE])
        assert "is full" in caught.value.message()
        assert stored_texts(store) == before

        space["pages"] = 0
        store.engine.dispose()
        add_lines(store, ["Efter oprydning"])
        assert stored_texts(store) == before + ["Efter oprydning"]
    finally:
        store.close()


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs, or a skip where mounting is not allowed (the page limit test still runs)."""
    mount_point = tmp_path / "stick"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here: the full disk is simulated with max_page_count only")
    yield mount_point
    subprocess.run(["umount", str(mount_point)], check=True)


def _fill(disk: Path, leave: int = 0) -> Path:
    """Fill ``disk`` up, then give back ``leave`` bytes (a nearly full disk)."""
    filler = disk / "filler.bin"
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(bytes(4096))
        except OSError:
            pass
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


def test_a_really_full_disk_is_reported_and_work_goes_on_after_cleaning_up(tiny_disk: Path) -> None:
    path = make_workshop(tiny_disk / "w.sqlite", lines=10)
    store = open_store(path)
    try:
        before = stored_texts(store)
        filler = _fill(tiny_disk)
        with pytest.raises(errors.DiskFullError):
            add_lines(store, [LONG_LINE])
        assert stored_texts(store) == before
        filler.unlink()
        add_lines(store, ["Efter oprydning"])
        assert stored_texts(store) == before + ["Efter oprydning"]
    finally:
        store.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()


def test_a_backup_to_a_full_disk_is_reported_and_leaves_no_partial_file(
    tiny_disk: Path, tmp_path: Path
) -> None:
    path = make_workshop(tmp_path / "w.sqlite", lines=3000)
    service = BackupService(tiny_disk / "backups")
    (tiny_disk / "backups").mkdir()
    _fill(tiny_disk)
    with pytest.raises(errors.DiskFullError):
        service.back_up(path)
    assert list((tiny_disk / "backups").iterdir()) == []


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_a_file_on_a_full_disk_is_not_called_damaged_or_open_elsewhere(
    tiny_disk: Path, journal: str
) -> None:
    """WAL: reading needs room for the -shm; a rollback-journal file (e.g. a restored backup)
    reads fine, and then there is no room for the lock file."""
    path = make_workshop(tiny_disk / "w.sqlite", lines=10)
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA journal_mode={journal}")
    connection.close()
    _fill(tiny_disk)
    before = path.read_bytes()
    with pytest.raises(errors.DiskFullError) as caught:
        open_store(path)
    assert "is full" in caught.value.message()
    assert path.read_bytes() == before


@pytest.mark.parametrize("leave", [0, 16 * 1024], ids=["full", "16 KB left"])
def test_a_backup_on_a_nearly_full_disk_says_disk_full_not_damaged(tiny_disk: Path, tmp_path: Path,
                                                                   leave: int) -> None:
    """Found by an adversarial run: the half-written copy "failed its integrity check"."""
    path = tiny_disk / "w.sqlite"
    shutil.copyfile(make_workshop(tmp_path / "w.sqlite", lines=3000), path)
    _fill(tiny_disk, leave)
    with pytest.raises(errors.DiskFullError) as caught:
        BackupService(tiny_disk / "backups").back_up(path)
    assert "is full" in caught.value.message()
    assert not list((tiny_disk / "backups").glob("*"))


# Free space around the size of the file (237 KB): the before-upgrade copy fits or nearly fits.
@pytest.mark.parametrize("leave", [0, 16, 256, 272], ids=lambda kb: f"{kb} KB left")
def test_an_upgrade_on_a_nearly_full_disk_says_disk_full_and_goes_through_once_there_is_room(
    tiny_disk: Path, leave: int
) -> None:
    path = tiny_disk / "gammel.sqlite"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "fixtures" / "schema-0001.sqlite", path)
    filler = _fill(tiny_disk, leave * 1024)
    before = path.read_bytes()
    with pytest.raises(errors.DiskFullError) as caught:
        open_store(path)
    assert "is full" in caught.value.message()
    filler.unlink()
    store = open_store(path)  # once there is room again, the upgrade goes through
    try:
        assert len(stored_texts(store)) == 60  # every line of the fixture
    finally:
        store.close()
    assert before != path.read_bytes()
