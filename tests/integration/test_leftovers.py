"""What a kill leaves behind is cleaned up, and a restore takes only the file's own backups.

Found by an adversarial run: ``.partial`` and 42 MB ``.restoring.partial`` files stayed after kills,
and ``restore`` put another workshop file's backup in place of this one.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from facilitator.services.backups import BackupService
from facilitator.storage.backup import BackupOfAnotherFileError
from facilitator.storage.database import open_store
from tests.integration.workshop_file import add_lines, make_workshop, stored_texts


def test_half_written_copies_left_by_a_kill_are_removed_at_the_next_start(tmp_path: Path) -> None:
    path = make_workshop(tmp_path / "w.sqlite")
    backups = BackupService(tmp_path / "backups")
    backups.back_up(path)
    left = [tmp_path / "w.sqlite.restoring.partial", tmp_path / "w.sqlite.restoring.partial-wal",
            tmp_path / "w.sqlite.restoring", tmp_path / "w.before-upgrade-20261201-101010.sqlite.partial"]
    for leftover in left:
        shutil.copyfile(path, leftover)
    old_partial = backups.backups(path)[0].path.with_suffix(".sqlite.partial")
    shutil.copyfile(path, old_partial)
    an_hour_ago = time.time() - 3600
    os.utime(old_partial, (an_hour_ago, an_hour_ago))
    kept = tmp_path / "other.sqlite.restoring.partial"  # another file's: not this start's to remove
    shutil.copyfile(path, kept)
    store = open_store(path)  # the app starting again
    try:
        backups.back_up(path)  # its backup on opening
    finally:
        store.close()
    assert [leftover for leftover in [*left, old_partial] if leftover.exists()] == []
    assert kept.exists()


def test_restore_refuses_another_files_backup(tmp_path: Path) -> None:
    ours, theirs = make_workshop(tmp_path / "temadag.sqlite"), make_workshop(tmp_path / "andet.sqlite")
    service = BackupService(tmp_path / "backups")
    their_backup = service.back_up(theirs)
    before = stored_texts_of(ours)
    with pytest.raises(BackupOfAnotherFileError) as caught:
        service.restore_file(their_backup.name, ours)
    assert "andet.sqlite" in caught.value.message() and "Nothing was changed" in caught.value.message()
    assert stored_texts_of(ours) == before


def test_restore_takes_the_files_own_backup_after_the_file_was_moved(tmp_path: Path) -> None:
    """A USB stick mounted elsewhere: another path, the same workshops."""
    (tmp_path / "stick-a").mkdir()
    first = make_workshop(tmp_path / "stick-a" / "temadag.sqlite")
    service = BackupService(tmp_path / "backups")
    taken = service.back_up(first)
    (tmp_path / "stick-b").mkdir()
    moved = tmp_path / "stick-b" / "temadag.sqlite"
    shutil.move(first, moved)
    store = open_store(moved)
    try:
        add_lines(store, ["skrevet efter flytningen"])
    finally:
        store.close()
    service.restore_file(taken.name, moved)
    assert "skrevet efter flytningen" not in stored_texts_of(moved)


def stored_texts_of(path: Path) -> list[str]:
    store = open_store(path, exclusive=False)
    try:
        return stored_texts(store)
    finally:
        store.close()
