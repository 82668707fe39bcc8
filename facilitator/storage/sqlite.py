"""What is specific to SQLite files: engine settings, transactions, side files, error texts.

Kept apart from the engine-neutral storage code so that a second engine (PostgreSQL) does not
have to know about pragmas, file headers or the sqlite3 module's habits.

Transactions: the sqlite3 module (Python 3.11) issues its own ``BEGIN`` only before INSERT,
UPDATE and DELETE, so DDL ran outside any transaction and a kill between two ``ALTER TABLE``
statements of an upgrade left a half-upgraded file. Here the module's own transaction handling
is switched off and SQLAlchemy's ``begin`` event emits the ``BEGIN`` (the recipe of SQLAlchemy's
pysqlite documentation): every statement, DDL included, runs inside the transaction SQLAlchemy
shows. A connection carrying the :data:`WRITE` execution option begins with ``BEGIN IMMEDIATE``:
the write lock is taken before any work, waiting (and telling the user) while another process
writes, instead of failing half-way through a user action.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import QueuePool

SQLITE_HEADER = b"SQLite format 3\x00"
# Files SQLite and the single-instance lock keep next to a database called NAME: NAME-wal, ...
SIDE_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")
# One wait of SQLite's own busy handler; a writer retries it until BUSY_GIVE_UP_S have passed.
BUSY_TIMEOUT_MS = 1000
BUSY_GIVE_UP_S = 30.0
# Execution option of a writing connection: the callable told once per wait that the file is busy.
WRITE = "facilitator_write"
SQLITE_FULL = 13
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26
# "no such table/column" in a file that passed inspection at a known revision: its schema is damaged.
_DAMAGE_WORDS = ("malformed", "not a database", "could not decode", "corrupt", "no such table", "no such column")

OnBusy = Callable[[], None]


def _no_notice() -> None:
    """The default busy notice: nobody to tell (tests, migrations before the UI exists)."""


def has_sqlite_header(path: Path) -> bool:
    """Whether ``path`` is a readable file that starts as every SQLite database does."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def database_of_side_file(path: Path) -> Path | None:
    """The database ``path`` belongs to when it is (or would be) one of its side files."""
    for suffix in SIDE_SUFFIXES:
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            base = path.with_name(path.name[: -len(suffix)])
            if has_sqlite_header(base):
                return base
    return None


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    """Durability settings for every new connection (pitfalls.md: at connect, plain cursor)."""
    dbapi_connection.isolation_level = None  # the module never BEGINs on its own: _on_begin does
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _on_connect_reader(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    """A reading connection changes nothing, not even the journal mode; writes are refused."""
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA query_only=ON")
    dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _on_begin(connection: Connection) -> None:
    """``BEGIN`` for readers; ``BEGIN IMMEDIATE`` for writers, retried while another writes."""
    on_busy: OnBusy | None = connection.get_execution_options().get(WRITE)
    raw = connection.connection.dbapi_connection
    assert raw is not None
    statement = "BEGIN" if on_busy is None else "BEGIN IMMEDIATE"
    give_up = time.monotonic() + BUSY_GIVE_UP_S
    told = False
    while True:
        try:
            raw.execute(statement)
            return
        except sqlite3.OperationalError as exc:
            if on_busy is None or not is_busy(exc) or time.monotonic() > give_up:
                # Raised as SQLAlchemy raises every driver error, so callers catch one kind.
                raise OperationalError(statement, None, exc) from exc
            if not told:
                on_busy()
                told = True


def _engine(connect: Callable[[], sqlite3.Connection], on_connect: Callable[..., None]) -> Engine:
    """An engine over connections made by ``connect``: a file name is passed to SQLite as it is,
    never parsed as a URL (a workshop may be called ``temadag?.sqlite``)."""
    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)
    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def create_sqlite_engine(path: Path) -> Engine:
    """An engine for ``path``: WAL, full sync, foreign keys, explicit transactions."""
    return _engine(
        lambda: sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False),
        _on_connect,
    )


def create_reader_engine(path: Path) -> Engine:
    """An engine that reads ``path`` in place without writing a byte to it or its ``-wal``."""
    return _engine(lambda: connect_read_only(path), _on_connect_reader)


def _may_change(path: Path) -> bool:
    """Whether anyone could write to ``path`` now (false on read-only media)."""
    return os.access(path, os.W_OK) or os.access(path.parent, os.W_OK)


def _wal_has_frames(path: Path) -> bool:
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes: no checkpoint, the ``-wal`` is left where it is.

    ``immutable`` (no locks, no ``-shm``) only where nothing can change the file and no ``-wal``
    holds pages: SQLite would not look at those. Elsewhere ``mode=ro``, which reads the ``-wal``
    but may need to create the ``-shm``; where it cannot (a crashed file on a write-protected
    stick), the first statement fails with :func:`is_cannot_open` and the caller reads a copy.
    """
    immutable = not _may_change(path) and not _wal_has_frames(path)
    uri = path.as_uri() + ("?immutable=1" if immutable else "?mode=ro")
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)


def copy_with_wal(source: Path, folder: Path) -> Path:
    """Byte copies of ``source`` and its ``-wal`` or hot ``-journal`` in ``folder``, where SQLite
    may recover them (only for a file nobody writes: read-only media, a crashed writer)."""
    target = folder / source.name
    shutil.copyfile(source, target)
    for suffix in ("-wal", "-journal"):
        if Path(f"{source}{suffix}").is_file():
            shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")
    return target


def writing(engine: Engine, on_busy: OnBusy = _no_notice) -> Engine:
    """The same engine (same pool) whose transactions take the write lock first."""
    return engine.execution_options(**{WRITE: on_busy})


def set_foreign_keys(connection: Connection, on: bool) -> None:
    """Switch foreign keys for ``connection``; SQLite ignores this inside a transaction, so the
    pending transaction is committed first and the pragma goes to the driver directly."""
    connection.commit()
    raw = connection.connection.dbapi_connection
    assert raw is not None
    raw.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def integrity_verdict(connection: sqlite3.Connection) -> str:
    """``PRAGMA integrity_check``'s first line ("ok"), or the error that stopped it."""
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # its report may name damaged text
        return str(exc)


def foreign_key_problems(connection: sqlite3.Connection) -> tuple[tuple[object, ...], ...]:
    try:
        return tuple(tuple(row) for row in connection.execute("PRAGMA foreign_key_check"))
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return ((str(exc),),)


def unreadable_tables(connection: sqlite3.Connection) -> tuple[str, ...]:
    """Tables with a value that cannot be read back (text that is not UTF-8), which SQLite's own
    checks do not look at. Blob columns (attachments) are left out: nothing decodes them."""
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return ("sqlite_master",)
    broken = []
    for table in tables:
        try:
            columns = [f'"{row[1]}"' for row in connection.execute(f'PRAGMA table_info("{table}")')
                       if "BLOB" not in str(row[2]).upper()]
            for _row in connection.execute(f'SELECT {", ".join(columns) or "1"} FROM "{table}"'):
                pass
        except (sqlite3.DatabaseError, UnicodeDecodeError):
            broken.append(table)
    return tuple(broken)


def table_columns(connection: Connection) -> dict[str, list[str]]:
    """Every table's column names, in order (Alembic's own table left out)."""
    tables = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name != 'alembic_version'"
    ).scalars().all()
    return {
        table: [row[1] for row in connection.exec_driver_sql(f'PRAGMA table_info("{table}")')]
        for table in tables
    }


def drop_column(connection: Connection, table: str, column: str) -> None:
    connection.exec_driver_sql(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')


def _text(exc: BaseException) -> str:
    return str(getattr(exc, "orig", exc)).lower()


def is_busy(exc: BaseException) -> bool:
    """Another connection holds the lock SQLite needed (not the app's single-instance lock)."""
    return "locked" in _text(exc) or "busy" in _text(exc)


def is_disk_full(exc: BaseException) -> bool:
    code = getattr(getattr(exc, "orig", exc), "sqlite_errorcode", None)
    return code == SQLITE_FULL or "full" in _text(exc)


def is_read_only(exc: BaseException) -> bool:
    return "readonly" in _text(exc) or "read-only" in _text(exc)


def is_damage(exc: BaseException) -> bool:
    """The file's bytes are wrong: a damaged page, or text that is not UTF-8 (a bad sector)."""
    code = getattr(getattr(exc, "orig", exc), "sqlite_errorcode", None)
    return code in (SQLITE_CORRUPT, SQLITE_NOTADB) or any(word in _text(exc) for word in _DAMAGE_WORDS)


def is_cannot_open(exc: BaseException) -> bool:
    """SQLite could not open a side file it needs (e.g. no ``-shm`` on read-only media)."""
    return "unable to open database file" in _text(exc)


def is_half_applied_step(exc: BaseException) -> bool:
    """The error an upgrade step meets when an earlier, killed attempt already did part of it."""
    return "duplicate column name" in _text(exc)
