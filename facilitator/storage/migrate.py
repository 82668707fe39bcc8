"""Alembic, driven from inside the package (no alembic.ini) on a connection we control.

Batch migrations recreate tables; with foreign keys on, dropping the old table fires
``ON DELETE CASCADE`` and child rows vanish silently (pitfalls.md), so upgrades run with
foreign keys off and are followed by a ``foreign_key_check``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from facilitator.storage import backup
from facilitator.storage.models import metadata


def alembic_config(connection: Connection | None = None) -> Config:
    """A Config pointing at the packaged migrations, optionally bound to ``connection``."""
    config = Config()
    config.set_main_option("script_location", "facilitator.storage:migrations")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None, "the packaged migrations have no head"
    return head


def is_known_revision(revision: str) -> bool:
    """Whether this version of the app wrote ``revision`` (a newer app's file is unknown)."""
    return any(script.revision == revision for script in _scripts().walk_revisions())


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def bring_up_to_date(engine: Engine, path: Path, is_new: bool) -> None:
    """Create a new file's schema, or back up and upgrade an older one."""
    if is_new:
        _create(engine)
        return
    with engine.connect() as connection:
        if current_revision(connection) == head_revision():
            return
    backup.backup_before_upgrade(path)
    _upgrade(engine)


def _create(engine: Engine) -> None:
    """Tables and version stamp in ONE transaction, so a crash never leaves a half-made file.

    The sqlite3 module runs DDL outside any transaction unless one was begun explicitly; without
    this, a kill between two ``CREATE TABLE`` statements left tables without a version stamp and
    the next start refused the file as foreign (found by tests/integration/test_kill.py).
    """
    with engine.connect() as connection:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        metadata.create_all(connection)
        command.stamp(alembic_config(connection), "head")
        connection.commit()


def _upgrade(engine: Engine) -> None:
    with engine.connect() as connection:
        connection.commit()  # SQLAlchemy 2 autobegins; the pragma is ignored inside a transaction
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), "head")
                problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
                if problems:
                    raise RuntimeError(f"foreign key check failed after upgrade: {problems[:5]}")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
