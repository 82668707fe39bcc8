"""Every services test runs on both engines: an SQLite file and a PostgreSQL database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.storage.database import open_store
from facilitator.storage.store import Store
from tests.capture_fixtures import world_fixture

world = pytest.fixture(world_fixture)


@pytest.fixture
def store(any_store_target: str | Path) -> Iterator[Store]:
    opened = open_store(any_store_target)
    yield opened
    opened.close()
