"""Fixtures of the crash tests: one fork server per module, the number of kill rounds."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.integration.forkserver import ForkServer


@pytest.fixture(scope="module")
def fork_server() -> Iterator[ForkServer]:
    server = ForkServer()
    yield server
    server.close()


@pytest.fixture
def rounds(request: pytest.FixtureRequest) -> int:
    """Kill rounds to run: ``--rounds`` or the CI default of 50."""
    chosen = request.config.getoption("--rounds")
    return 50 if chosen is None else int(chosen)


@pytest.fixture
def upgrade_rounds(request: pytest.FixtureRequest) -> int:
    """Kill rounds during a schema upgrade: ``--rounds`` or the CI default of 20."""
    chosen = request.config.getoption("--rounds")
    return 20 if chosen is None else int(chosen)


@pytest.fixture
def damage_rounds(request: pytest.FixtureRequest) -> int:
    """Randomly damaged files to try: ``--rounds`` or the CI default of 40."""
    chosen = request.config.getoption("--rounds")
    return 40 if chosen is None else int(chosen)


@pytest.fixture
def station_lines(request: pytest.FixtureRequest) -> int:
    """Lines each station types across the server's stop and start: ``--station-lines`` (the
    issue's figure is 1,000: about three minutes here) or the CI default of 200."""
    chosen = request.config.getoption("--station-lines")
    return 200 if chosen is None else int(chosen)
