"""Opening workshop files: a new file gets the schema, every unusable file is refused untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from facilitator.storage import errors
from facilitator.storage.database import open_store
from facilitator.storage.migrate import head_revision


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_gets_current_schema(db_path: Path) -> None:
    store = open_store(db_path)
    try:
        assert store.schema_revision() == head_revision()
        with store.engine.connect() as connection:
            tables = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        store.close()
    assert {"workshop", "cluster", "participant", "agendaitem", "contribution", "timerevent"} <= tables


def test_empty_file_is_treated_as_new(db_path: Path) -> None:
    db_path.touch()
    store = open_store(db_path)
    try:
        assert store.schema_revision() == head_revision()
    finally:
        store.close()


def test_pragmas_are_in_effect_on_every_connection(store) -> None:  # type: ignore[no-untyped-def]
    for _ in range(2):
        with store.engine.connect() as connection:
            read = {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                    for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")}
        assert read == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 1000}


def test_reopening_keeps_data(db_path: Path) -> None:
    store = open_store(db_path)
    from facilitator.services.workshops import WorkshopService

    WorkshopService(store).create("Klyngeseminar")
    store.close()
    store = open_store(db_path)
    try:
        assert [w.title for w in WorkshopService(store).list()] == ["Klyngeseminar"]
    finally:
        store.close()


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(errors.IsDirectoryError) as caught:
        open_store(tmp_path)
    assert str(tmp_path) in caught.value.message()


def test_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(errors.MissingFolderError):
        open_store(tmp_path / "nowhere" / "w.sqlite")
    assert not (tmp_path / "nowhere").exists()


def test_missing_file_is_refused_when_not_creating(db_path: Path) -> None:
    with pytest.raises(errors.MissingFileError):
        open_store(db_path, create=False)
    assert not db_path.exists()


def test_text_file_is_refused_untouched(db_path: Path) -> None:
    db_path.write_text("Program\n12.30-12.50: Oplæg\n", encoding="utf-8")
    before = digest(db_path)
    with pytest.raises(errors.NotDatabaseError) as caught:
        open_store(db_path)
    assert "not a Facilitator workshop file" in caught.value.message()
    assert digest(db_path) == before


def test_foreign_sqlite_database_is_refused_untouched(db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE songs (title TEXT)")
    connection.close()
    before = digest(db_path)
    with pytest.raises(errors.NotDatabaseError):
        open_store(db_path)
    assert digest(db_path) == before


def test_corrupt_file_is_refused_untouched(db_path: Path) -> None:
    store = open_store(db_path)
    from facilitator.services.workshops import WorkshopService

    for number in range(200):
        WorkshopService(store).create(f"Workshop {number} " + "x" * 500)
    store.close()
    data = bytearray(db_path.read_bytes())
    data[4096 * 2 : 4096 * 6] = os.urandom(4096 * 4)
    db_path.write_bytes(bytes(data))
    before = digest(db_path)
    with pytest.raises(errors.CorruptError) as caught:
        open_store(db_path)
    assert "damaged" in caught.value.message()
    assert digest(db_path) == before


def test_newer_schema_is_refused_untouched(db_path: Path) -> None:
    open_store(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    connection.close()
    before = digest(db_path)
    with pytest.raises(errors.NewerSchemaError) as caught:
        open_store(db_path)
    assert "newer version" in caught.value.message()
    assert digest(db_path) == before


def test_second_exclusive_open_is_told_the_file_is_open_elsewhere(db_path: Path) -> None:
    first = open_store(db_path)
    try:
        with pytest.raises(errors.LockedError) as caught:
            open_store(db_path)
        assert "open in another" in caught.value.message()
        open_store(db_path, exclusive=False).close()  # headless readers still work
    finally:
        first.close()
    open_store(db_path).close()  # and the lock is released on close


def test_unreadable_file_is_refused(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """CI runs as root, whom permissions do not stop, so the file system's answer is simulated."""
    open_store(db_path).close()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if mode == os.R_OK else real_access(path, mode))
    with pytest.raises(errors.UnreadableError) as caught:
        open_store(db_path)
    assert "not allowed to read" in caught.value.message()


def test_read_only_file_is_refused_untouched(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As above, the file system's answer is simulated; the fault tests cover a real one."""
    open_store(db_path).close()
    before = digest(db_path)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if mode == os.W_OK else real_access(path, mode))
    with pytest.raises(errors.ReadOnlyError) as caught:
        open_store(db_path)
    assert "read-only" in caught.value.message()
    assert digest(db_path) == before


def test_disk_full_during_a_write_is_reported_and_loses_nothing(store) -> None:  # type: ignore[no-untyped-def]
    from facilitator.services.workshops import WorkshopService

    service = WorkshopService(store)
    kept, _ = service.create("Kept")
    with store.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()

    from sqlalchemy import event

    def cap(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    store.engine.dispose()
    event.listen(store.engine, "connect", cap)
    with pytest.raises(errors.DiskFullError) as caught:
        for number in range(500):
            service.create(f"Big {number} " + "x" * 4000)
    assert "full" in caught.value.message()
    assert service.get(kept).title == "Kept"
