"""The packaged migrations build exactly the schema the models describe."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine
from sqlmodel import select

from facilitator.domain.clock import ManualClock
from facilitator.domain.countdown import TimerStatus, format_countdown
from facilitator.services.agenda import AgendaService
from facilitator.services.run import RunService
from facilitator.storage.database import open_store
from facilitator.storage.migrate import alembic_config, head_revision, is_known_revision
from facilitator.storage.models import TimerEvent, metadata
from facilitator.storage.revisions import revision_graph

UTC = timezone.utc
COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def test_migrations_from_empty_match_the_models(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'migrated.sqlite'}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    assert differences == []


def test_a_file_left_at_base_revision_is_built_on_open(tmp_path: Path) -> None:
    """An empty version table is a file whose creation never finished: it gets the schema."""
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
        command.downgrade(alembic_config(connection), "base")
    engine.dispose()
    store = open_store(path)
    try:
        assert store.schema_revision() == head_revision()
    finally:
        store.close()


FIXTURES = Path(__file__).parents[2] / "fixtures"
OLD_FILES = sorted(FIXTURES.glob("schema-*.sqlite"))


def _values(path: Path) -> dict[str, tuple[list[str], list[tuple[object, ...]]]]:
    """Every table's columns and rows (in rowid order), read straight from the file."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'")]
        return {table: ([row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')],
                        connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall())
                for table in tables}
    finally:
        connection.close()


def _stamped(path: Path) -> str:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def _upgraded_copy(fixture: Path, tmp_path: Path) -> Path:
    copy = tmp_path / fixture.name
    copy.write_bytes(fixture.read_bytes())
    open_store(copy).close()
    return copy


def test_every_released_schema_has_its_fixture() -> None:
    """One file per revision, written by that revision's own code (tools/schema_fixture.py):
    best made with the migration, while the head is that revision."""
    stamped = {_stamped(path): path.name for path in OLD_FILES}
    missing = sorted(set(revision_graph()) - set(stamped))
    assert not missing, f"no tests/fixtures/schema-NNNN.sqlite for {missing}: python3 tools/schema_fixture.py"
    assert all(name == f"schema-{revision[:4]}.sqlite" for revision, name in stamped.items())


@pytest.mark.parametrize("fixture", OLD_FILES, ids=lambda path: path.stem)
def test_every_released_schema_opens_with_its_data(fixture: Path, tmp_path: Path) -> None:
    """One real file per released schema (OpenLP's practice): each upgrades to the head and keeps
    every value of every column it had, row for row."""
    before = _values(fixture)
    copy = _upgraded_copy(fixture, tmp_path)
    after = _values(copy)
    for table, (columns, rows) in before.items():
        new_columns, new_rows = after[table]
        kept = [new_columns.index(column) for column in columns]  # ValueError: a column lost
        assert [tuple(row[i] for i in kept) for row in new_rows] == rows, table
    store = open_store(copy)
    try:
        assert store.schema_revision() == head_revision()
        from facilitator.services.bundle import Services

        services = Services.over(store)
        workshops = services.workshops.list()
        assert workshops and workshops[0].title
        assert services.setup.clusters(workshops[0].id)
    finally:
        store.close()


def test_a_run_with_elapsed_clock_events_keeps_them_and_its_countdown(tmp_path: Path) -> None:
    """schema-0007: item 4 paused at 12.41 UTC in its first phase with 5 min left, its events
    carrying the elapsed clock of boot "laptop-boot-1" (the 0006 file's run carried on)."""
    copy = _upgraded_copy(FIXTURES / "schema-0007.sqlite", tmp_path)
    store = open_store(copy)
    try:
        with store.read() as session:
            events = session.exec(select(TimerEvent).where(TimerEvent.id > 5).order_by(TimerEvent.id)).all()
        assert [(e.item_id, e.kind, e.elapsed_s, e.clock_epoch) for e in events] == [
            (2, "resume", 7200.0, "laptop-boot-1"), (2, "end", 8340.0, "laptop-boot-1"),
            (3, "start", 8340.0, "laptop-boot-1"), (3, "end", 9240.0, "laptop-boot-1"),
            (4, "start", 9240.0, "laptop-boot-1"), (4, "extend", 9600.0, "laptop-boot-1"),
            (4, "pause", 9660.0, "laptop-boot-1"),
        ]
        # The same laptop four minutes later, its wall clock set an hour wrong: the run's own time.
        clock = ManualClock(datetime(2026, 11, 20, 13, 45, tzinfo=UTC), monotonic=9900.0, epoch="laptop-boot-1")
        run = RunService(store, clock, tz=COPENHAGEN)
        current = run.state(1).current()
        assert current is not None and current.item.id == 4
        view = current.timer.view()
        assert (view.status, view.phase_index, format_countdown(view.remaining_s)) == (TimerStatus.PAUSED, 0, "05:00")
        # The stored elapsed readings carry the run's time on, and the wrong wall clock is noticed.
        assert run.clock.now() == datetime(2026, 11, 20, 12, 45, tzinfo=UTC)
        assert run.clock.jump is not None and run.clock.jump.seconds == 3600
        assert run.actual_times(1)[2] == (datetime(2026, 11, 20, 11, 50, tzinfo=UTC), datetime(2026, 11, 20, 12, 19, tzinfo=UTC))
        run.toggle(1)
        clock.advance(60)
        assert format_countdown(run.state(1).current().timer.view().remaining_s) == "04:00"
    finally:
        store.close()


def test_replanned_times_stay_beside_the_plan(tmp_path: Path) -> None:
    """schema-0008: at 12.45 UTC (13.45 in Copenhagen) the rest of the day was compressed."""
    copy = _upgraded_copy(FIXTURES / "schema-0008.sqlite", tmp_path)
    store = open_store(copy)
    try:
        agenda = AgendaService(store).agenda(1)
        in_force = {item.id: (item.planned_minutes, item.replanned_start, item.replanned_minutes,
                              tuple((p.minutes, p.replanned_minutes) for p in item.phases))
                    for item in agenda.items if item.position >= 3}
        assert in_force == {
            4: (30, None, None, ((10, None), (20, None))),  # the item running: not replanned
            5: (15, 14 * 60 + 10, 10, ()),
            6: (40, 14 * 60 + 20, 35, ((10, 10), (30, 25))),
            7: (30, 14 * 60 + 55, 25, ()),
            8: (10, 15 * 60 + 20, 10, ()),
        }
    finally:
        store.close()


def test_head_is_known_and_strangers_are_not() -> None:
    assert is_known_revision(head_revision())
    assert not is_known_revision("f00dfeed9999")


def test_the_same_migrations_build_the_models_schema_on_postgresql(pg_server) -> None:  # noqa: ANN001
    """No batch mode there, and nothing SQLite-specific: the schema still equals the models'."""
    from facilitator.storage.postgres import create_server_engine

    pg_server.drop_database("migrated")
    url = pg_server.create_database("migrated")
    engine = create_server_engine(url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), metadata)
        assert differences == []
        with engine.begin() as connection:  # and back down, step by step
            command.downgrade(alembic_config(connection), "base")
    finally:
        engine.dispose()
        pg_server.drop_database("migrated")


def test_a_server_database_opens_at_head_and_a_second_station_finds_it_ready(server_url: str) -> None:
    first = open_store(server_url)
    second = open_store(server_url)
    try:
        assert first.schema_revision() == second.schema_revision() == head_revision()
        assert first.path is None and "@" in first.location
    finally:
        first.close()
        second.close()
