"""Alembic, driven from inside the package (no alembic.ini) on a connection we control.

Batch migrations recreate tables; with foreign keys on, dropping the old table fires
``ON DELETE CASCADE`` and child rows vanish silently (pitfalls.md), so upgrades run with
foreign keys off and are followed by a ``foreign_key_check``.

An upgrade is one ``BEGIN IMMEDIATE`` transaction, so a crash leaves the file as it was. Files
half-upgraded by earlier versions, which ran each ``ALTER TABLE`` on its own (a kill left the new
column but the old version stamp, and every later open failed with "duplicate column name"), are
put back to their stamped revision and upgraded whole.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.exc import OperationalError

from facilitator.storage import backup, errors
from facilitator.storage.models import metadata
from facilitator.storage.revisions import head_revision, is_known_revision, next_revision
from facilitator.storage.sqlite import (
    drop_column,
    is_half_applied_step,
    set_foreign_keys,
    table_columns,
    writing,
)

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


def bring_up_to_date(engine: Engine, path: Path, is_new: bool, revision: str | None, *,
                     keep_copy: bool = True) -> None:
    """Create a new file's schema, or back up (unless ``keep_copy`` is off) and upgrade an older one.

    ``revision`` is the file's stamp as inspected. The copy is taken before ``engine`` first
    connects (which switches the file to WAL), so a full disk refuses the upgrade before a byte
    of the file has changed.
    """
    if is_new:
        _create(engine)
        return
    if revision == head_revision():
        return
    if keep_copy:
        backup.backup_before_upgrade(path)
    _upgrade(engine, path)


def _create(engine: Engine) -> None:
    """Tables and version stamp in ONE transaction, so a crash never leaves a half-made file.

    Without it, a kill between two ``CREATE TABLE`` statements left tables without a version
    stamp and the next start refused the file as foreign (found by tests/integration/test_kill.py).
    """
    from alembic import command

    with writing(engine).connect() as connection, connection.begin():
        metadata.create_all(connection)
        command.stamp(alembic_config(connection), "head")


def _upgrade(engine: Engine, path: Path) -> None:
    try:
        _upgrade_in_one_transaction(engine)
    except OperationalError as exc:
        if not is_half_applied_step(exc):
            raise
        _undo_half_applied_step(engine, path)  # rolled back above; now put the file back and retry
        _upgrade_in_one_transaction(engine)


def _upgrade_in_one_transaction(engine: Engine) -> None:
    from alembic import command

    with writing(engine).connect() as connection:
        set_foreign_keys(connection, on=False)
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), "head")
                problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
                if problems:
                    raise RuntimeError(f"foreign key check failed after upgrade: {problems[:5]}")
        finally:
            set_foreign_keys(connection, on=True)


def _undo_half_applied_step(engine: Engine, path: Path) -> None:
    """Drop the columns a killed upgrade step had already added, in one transaction.

    The file is at its stamped revision plus some of the columns the next step adds; what the
    step adds is learnt by running the migrations on an empty in-memory database. Anything else
    (a column no step adds, a table of its own) is not a half-applied step: the file is refused
    and the user pointed to the copy kept before the upgrade.
    """
    with writing(engine).connect() as connection, connection.begin():
        revision = current_revision(connection)
        following = next_revision(revision) if revision else None
        if following is None:
            raise errors.HalfUpgradedError(path, backup.newest_before_upgrade(path))
        before, after = _columns_at(revision), _columns_at(following)
        found = table_columns(connection)
        if set(found) != set(before):
            raise errors.HalfUpgradedError(path, backup.newest_before_upgrade(path))
        for table, columns in found.items():
            extra = [column for column in columns if column not in before[table]]
            if any(column not in after.get(table, []) for column in extra):
                raise errors.HalfUpgradedError(path, backup.newest_before_upgrade(path))
            for column in extra:
                drop_column(connection, table, column)


def _columns_at(revision: str) -> dict[str, list[str]]:
    """The tables and columns a file has at ``revision``, built from scratch in memory."""
    from alembic import command

    engine = create_engine("sqlite://")
    try:
        with engine.connect() as connection:
            command.upgrade(alembic_config(connection), revision)
            connection.commit()
            return table_columns(connection)
    finally:
        engine.dispose()
