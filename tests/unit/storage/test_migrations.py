"""The packaged migrations build exactly the schema the models describe."""

from __future__ import annotations

from pathlib import Path

import pytest

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from facilitator.storage.database import open_store
from facilitator.storage.migrate import alembic_config, head_revision, is_known_revision
from facilitator.storage.models import metadata


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


@pytest.mark.parametrize("fixture", sorted((Path(__file__).parents[2] / "fixtures").glob("schema-*.sqlite")))
def test_every_released_schema_opens_with_its_data(fixture: Path, tmp_path: Path) -> None:
    """One real file per released schema (OpenLP's practice): each must upgrade and keep its rows."""
    copy = tmp_path / fixture.name
    copy.write_bytes(fixture.read_bytes())
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
