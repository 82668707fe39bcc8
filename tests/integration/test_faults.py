"""Bad files and bad places: each refusal names the problem, and the file's bytes stay as they were."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from facilitator.storage import errors
from facilitator.storage.database import UNFINISHED_LOCK_GRACE_S, open_store
from facilitator.storage.store import Store
from tests.integration.forkserver import ForkServer
from tests.integration.workshop_file import add_lines, make_workshop, stored_texts


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused(path: Path, expected: type[errors.StoreError], words: str) -> errors.StoreError:
    """Open ``path``, expect ``expected`` whose message names the file and says ``words``."""
    before = _digest(path) if path.is_file() else None
    with pytest.raises(expected) as caught:
        open_store(path)
    message = caught.value.message()
    assert str(path) in message and words in message
    if before is not None:
        assert _digest(path) == before, "the refused file was modified"
    return caught.value


def test_a_folder_is_refused(tmp_path: Path) -> None:
    _refused(tmp_path, errors.IsDirectoryError, "is a folder")


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    _refused(tmp_path / "nowhere" / "w.sqlite", errors.MissingFolderError, "does not exist")


@pytest.mark.parametrize(
    "content",
    [b"12.30-12.50: Opl\xc3\xa6g\n", b"PK\x03\x04 a docx is a zip file" + bytes(2000), bytes(4096)],
    ids=["text", "zip", "zeros"],
)
def test_a_file_that_is_not_a_database_is_left_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "dagsorden.sqlite"
    path.write_bytes(content)
    _refused(path, errors.NotDatabaseError, "is not a Facilitator workshop file")


def test_a_foreign_sqlite_database_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other-app.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()
    _refused(path, errors.NotDatabaseError, "is not a Facilitator workshop file")


def test_a_newer_schema_is_left_untouched(tmp_path: Path) -> None:
    path = make_workshop(tmp_path / "future.sqlite")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfacade99'")
    connection.close()
    _refused(path, errors.NewerSchemaError, "newer version")


def test_a_damaged_file_is_left_untouched(tmp_path: Path) -> None:
    path = make_workshop(tmp_path / "damaged.sqlite", lines=3000)
    pages = path.stat().st_size // 4096
    assert pages > 20
    with path.open("r+b") as handle:  # scribble over pages in the middle, as a bad sector would
        handle.seek(4096 * (pages // 2))
        handle.write(b"\xde\xad\xbe\xef" * 2048)
    _refused(path, errors.CorruptError, "is damaged")


def test_a_second_open_in_the_same_process_is_told_it_is_open_elsewhere(tmp_path: Path) -> None:
    path = make_workshop(tmp_path / "w.sqlite")
    first = open_store(path)
    try:
        _refused(path, errors.LockedError, "is open in another Facilitator window")
    finally:
        first.close()
    open_store(path).close()  # closing released the lock


def test_a_second_instance_is_refused_and_nothing_is_damaged(
    fork_server: ForkServer, tmp_path: Path
) -> None:
    path = make_workshop(tmp_path / "w.sqlite")
    writer = fork_server.start(path, 0)  # another app process, writing as we try to open
    fork_server.wait_for(writer, 5)
    with pytest.raises(errors.LockedError) as caught:
        open_store(path)
    assert "is open in another Facilitator window" in caught.value.message()
    reader = open_store(path, exclusive=False)  # headless read-only commands still work
    assert len(stored_texts(reader)) >= 5
    reader.close()
    fork_server.kill(writer)
    store = open_store(path)
    try:
        lines = {text for table, _, text in writer.acks if table == "contribution"}
        assert lines and lines <= set(stored_texts(store))
    finally:
        store.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()


def test_a_lock_file_left_empty_by_a_crash_expires(tmp_path: Path) -> None:
    path = make_workshop(tmp_path / "w.sqlite")
    lock = Path(f"{path}.lock")
    lock.write_bytes(b"")  # killed between creating the lock file and writing its pid
    _refused(path, errors.LockedError, "is open in another Facilitator window")
    past = time.time() - 2 * UNFINISHED_LOCK_GRACE_S
    os.utime(lock, (past, past))
    open_store(path).close()


@pytest.fixture
def make_read_only() -> Iterator[Callable[[Path], None]]:
    """Really read-only, also for root (CI runs as root, where chmod does not bite).

    As root the immutable attribute (``chattr +i``) refuses writes even to root; without it (no
    CAP_LINUX_IMMUTABLE or a file system without attributes) the case cannot be made real and is
    skipped, while the write-error mapping stays tested through SQLite's ``mode=ro`` below.
    """
    undo: list[Callable[[], object]] = []

    def make(path: Path) -> None:
        if os.geteuid() != 0:
            mode = path.stat().st_mode
            path.chmod(0o555 if path.is_dir() else 0o444)
            undo.append(lambda: path.chmod(mode))
            return
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
            pytest.skip("root without chattr +i: a read-only folder cannot be made here")
        undo.append(lambda: subprocess.run(["chattr", "-i", str(path)], check=True))
        assert not os.access(path, os.W_OK)

    yield make
    for step in reversed(undo):
        step()


def test_a_read_only_folder_is_refused_untouched(
    tmp_path: Path, make_read_only: Callable[[Path], None]
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    path = make_workshop(folder / "w.sqlite")
    make_read_only(folder)
    _refused(path, errors.ReadOnlyError, "is read-only")


def test_a_read_only_file_is_refused_untouched(
    tmp_path: Path, make_read_only: Callable[[Path], None]
) -> None:
    path = make_workshop(tmp_path / "w.sqlite")
    make_read_only(path)
    _refused(path, errors.ReadOnlyError, "is read-only")


def test_no_new_file_is_made_in_a_read_only_folder(
    tmp_path: Path, make_read_only: Callable[[Path], None]
) -> None:
    make_read_only(tmp_path)
    _refused(tmp_path / "new.sqlite", errors.ReadOnlyError, "is read-only")
    assert list(tmp_path.iterdir()) == []


def test_a_write_refused_as_read_only_is_reported_and_loses_nothing(tmp_path: Path) -> None:
    """A file that turns read-only while open (a write-protected stick): SQLite's ``mode=ro``."""
    path = make_workshop(tmp_path / "w.sqlite")
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    store = Store(path, engine, lock=None)
    before = stored_texts(store)
    with pytest.raises(errors.ReadOnlyError) as caught:
        add_lines(store, ["Ny linje"])
    assert "is read-only" in caught.value.message()
    assert stored_texts(store) == before
    store.close()
