"""Checking a workshop file the way a backup is checked, and that every value can be read back."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.storage.sqlite import foreign_key_problems, integrity_verdict, unreadable_tables
from facilitator.storage.store import Store


@dataclass(frozen=True)
class HealthReport:
    revision: str | None
    integrity: str
    foreign_key_problems: tuple[tuple[object, ...], ...]
    unreadable: tuple[str, ...] = ()  # tables holding text that cannot be decoded

    @property
    def ok(self) -> bool:
        """"ok" promises that the file can be read, exported and written."""
        return self.integrity == "ok" and not self.foreign_key_problems and not self.unreadable


def check(store: Store) -> HealthReport:
    """SQLite's full integrity and foreign-key checks, a read of every value, the schema revision.

    A file whose pages are fine can still hold text that is not UTF-8 (a flipped bit): SQLite
    calls it "ok" while every export of it would fail, so every text value is read once. A
    PostgreSQL server checks its own pages, enforces foreign keys always and refuses invalid
    text: reaching it and reading the schema revision is the check there.
    """
    if store.engine.dialect.name != "sqlite":
        return HealthReport(store.schema_revision(), "ok", ())
    with store.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        integrity = integrity_verdict(raw)
        problems = foreign_key_problems(raw)
        unreadable = unreadable_tables(raw)
    revision = store.file_revision
    if revision is None and integrity == "ok":
        revision = store.schema_revision()
    return HealthReport(revision, integrity, problems, unreadable)
