"""Checking a workshop file the way a backup is checked."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.storage.database import Store


@dataclass(frozen=True)
class HealthReport:
    revision: str | None
    integrity: str
    foreign_key_problems: tuple[tuple[object, ...], ...]

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and not self.foreign_key_problems


def check(store: Store) -> HealthReport:
    """SQLite's full integrity and foreign-key checks plus the schema revision."""
    with store.engine.connect() as connection:
        integrity = connection.exec_driver_sql("PRAGMA integrity_check").scalar()
        problems = tuple(tuple(row) for row in connection.exec_driver_sql("PRAGMA foreign_key_check"))
    return HealthReport(store.file_revision or store.schema_revision(), str(integrity), problems)
