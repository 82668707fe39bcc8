"""Rolling, verified backups and restores that keep what they replace."""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from facilitator.services.backups import STALE_PARTIAL_S, BackupReason, BackupService
from facilitator.storage import errors
from facilitator.storage.backup import BackupDamagedError, BackupMissingError
from facilitator.storage.database import open_store
from facilitator.storage.store import Store
from tests.integration.workshop_file import add_lines, make_workshop, stored_texts


class StepClock:
    """A clock one minute further on every call, so backup names and order are predictable."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 9, 0)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def service(tmp_path: Path) -> BackupService:
    return BackupService(tmp_path / "backups", keep=3, clock=StepClock())


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    return make_workshop(tmp_path / "temadag.sqlite", lines=0)


@pytest.fixture
def store(workshop: Path) -> Iterator[Store]:
    opened = open_store(workshop)
    yield opened
    opened.close()


def _texts_in(path: Path) -> list[str]:
    opened = open_store(path, exclusive=False)
    try:
        return stored_texts(opened)
    finally:
        opened.close()


def test_a_backup_of_an_open_file_holds_rows_still_in_the_wal(
    service: BackupService, store: Store, workshop: Path
) -> None:
    add_lines(store, ["Klynge Syd: bedre overgange", "Klynge Vest: fælles sprog"])
    assert Path(f"{workshop}-wal").stat().st_size > 0
    info = service.back_up(workshop, BackupReason.OPENED)
    assert info.reason is BackupReason.OPENED and info.workshop_file == "temadag.sqlite"
    assert _texts_in(info.path) == ["Klynge Syd: bedre overgange", "Klynge Vest: fælles sprog"]
    assert sorted(p.name for p in service.folder.iterdir()) == [info.name]  # no side files


def test_only_the_newest_routine_backups_are_kept(service: BackupService, workshop: Path) -> None:
    taken = [service.back_up(workshop, BackupReason.SCHEDULED) for _ in range(5)]
    assert [info.name for info in service.backups(workshop)] == [info.name for info in taken[:1:-1]]


def test_a_copy_left_half_written_by_a_crash_is_cleared(service: BackupService, workshop: Path) -> None:
    first = service.back_up(workshop)
    leftover = first.path.with_name(first.name + ".partial")
    leftover.write_bytes(b"SQLite format 3\x00")  # killed while the backup API was copying
    in_progress = first.path.with_name(first.name.replace("--manual", "--opened") + ".partial")
    in_progress.write_bytes(b"")  # another process's backup, being written right now
    past = time.time() - 2 * STALE_PARTIAL_S
    os.utime(leftover, (past, past))
    service.back_up(workshop)
    assert not leftover.exists() and in_progress.exists()
    assert len(service.backups(workshop)) == 2


def test_a_periodic_backup_is_skipped_when_nothing_changed(
    service: BackupService, store: Store, workshop: Path
) -> None:
    assert service.back_up_if_changed(workshop) is not None
    assert service.back_up_if_changed(workshop) is None
    add_lines(store, ["Ny idé"])
    again = service.back_up_if_changed(workshop)
    assert again is not None and _texts_in(again.path) == ["Ny idé"]


def test_backups_are_listed_per_workshop_file(service: BackupService, tmp_path: Path) -> None:
    (tmp_path / "usb").mkdir()
    mine = service.back_up(make_workshop(tmp_path / "temadag.sqlite"))
    namesake = service.back_up(make_workshop(tmp_path / "usb" / "temadag.sqlite"))
    assert [info.name for info in service.backups(tmp_path / "temadag.sqlite")] == [mine.name]
    assert [info.name for info in service.backups()] == [namesake.name, mine.name]


def test_restore_replaces_the_open_file_and_keeps_the_replaced_one(
    service: BackupService, store: Store, workshop: Path
) -> None:
    add_lines(store, ["Før frokost"])
    morning = service.back_up(workshop)
    add_lines(store, ["Efter frokost"])
    kept = service.restore(morning.name, store)
    store.close()
    assert _texts_in(workshop) == ["Før frokost"]
    assert kept is not None and kept.reason is BackupReason.BEFORE_RESTORE
    assert _texts_in(kept.path) == ["Før frokost", "Efter frokost"]


def test_restore_over_a_crashed_file_drops_its_old_wal(
    service: BackupService, store: Store, workshop: Path, tmp_path: Path
) -> None:
    add_lines(store, ["Gemt i en backup"])
    chosen = service.back_up(workshop)
    add_lines(store, ["Kun i wal-filen"])
    crashed = tmp_path / "crashed.sqlite"  # the files as a kill -9 leaves them: rows in the -wal
    shutil.copyfile(workshop, crashed)
    shutil.copyfile(f"{workshop}-wal", f"{crashed}-wal")
    kept = service.restore_file(chosen.name, crashed)
    assert _texts_in(crashed) == ["Gemt i en backup"]
    assert kept is not None and _texts_in(kept.path) == ["Gemt i en backup", "Kun i wal-filen"]


def test_restore_is_refused_while_another_instance_has_the_file(
    service: BackupService, store: Store, workshop: Path
) -> None:
    chosen = service.back_up(workshop)
    add_lines(store, ["Skrevet i det andet vindue"])
    with pytest.raises(errors.LockedError):
        service.restore_file(chosen.name, workshop)
    assert stored_texts(store) == ["Skrevet i det andet vindue"]
    reader = open_store(workshop, exclusive=False)
    with pytest.raises(errors.LockedError):
        service.restore(chosen.name, reader)
    reader.close()


def test_a_damaged_backup_is_never_restored(service: BackupService, workshop: Path) -> None:
    make_workshop(workshop, lines=2000)
    chosen = service.back_up(workshop)
    with chosen.path.open("r+b") as handle:
        handle.seek(chosen.size // 2)
        handle.write(b"\xde\xad\xbe\xef" * 1024)
    before = hashlib.sha256(workshop.read_bytes()).hexdigest()
    with pytest.raises(BackupDamagedError) as caught:
        service.restore_file(chosen.name, workshop)
    assert chosen.name in caught.value.message()
    assert hashlib.sha256(workshop.read_bytes()).hexdigest() == before


def test_a_damaged_workshop_file_is_kept_byte_for_byte_before_a_restore(
    service: BackupService, workshop: Path
) -> None:
    add = open_store(workshop)
    add_lines(add, ["Reddet"])
    add.close()
    chosen = service.back_up(workshop)
    workshop.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8192)
    damaged = workshop.read_bytes()
    kept = service.restore_file(chosen.name, workshop)
    assert kept is not None and kept.reason is BackupReason.DAMAGED
    assert kept.path.read_bytes() == damaged
    assert _texts_in(workshop) == ["Reddet"]


def test_an_unknown_name_is_reported(service: BackupService, workshop: Path) -> None:
    with pytest.raises(BackupMissingError) as caught:
        service.restore_file("nothing--00000000--20260101-000000-000--manual.sqlite", workshop)
    assert "nothing--00000000" in caught.value.message()
