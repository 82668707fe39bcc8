from __future__ import annotations

import pytest

from tests.capture_fixtures import world_fixture

world = pytest.fixture(world_fixture)
