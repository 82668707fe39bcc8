"""Alembic, driven from inside the package (no alembic.ini) on a connection we control.

Batch migrations recreate tables; with foreign keys on, dropping the old table fires
``ON DELETE CASCADE`` and child rows vanish silently (pitfalls.md), so upgrades run with
foreign keys off and are followed by a ``foreign_key_check``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from facilitator.storage import backup
from facilitator.storage.models import metadata
from facilitator.storage.revisions import head_revision, is_known_revision

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported inside the functions that create or upgrade a file: an ordinary start
# only compares revision ids (facilitator.storage.revisions) and saves half a second.
__all__ = ["alembic_config", "bring_up_to_date", "current_revision", "head_revision", "is_known_revision"]


def alembic_config(connection: Connection | None = None) -> Config:
    """A Config pointing at the packaged migrations, optionally bound to ``connection``."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "facilitator.storage:migrations")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def current_revision(connection: Connection) -> str | None:
    """The file's stamped revision (Alembic's own table, read with plain SQL)."""
    tables = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if tables is None:
        return None
    return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


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
    from alembic import command

    with engine.connect() as connection:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        metadata.create_all(connection)
        command.stamp(alembic_config(connection), "head")
        connection.commit()


def _upgrade(engine: Engine) -> None:
    from alembic import command

    with engine.connect() as connection:
        connection.commit()  # SQLAlchemy 2 autobegins; the pragma is ignored inside a transaction
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()  # the pragma autobegan a transaction; begin() below needs none open
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), "head")
                problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
                if problems:
                    raise RuntimeError(f"foreign key check failed after upgrade: {problems[:5]}")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
