"""A console over seed 000's programme with a clock the test moves; a projector picture showing the wall."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from facilitator.domain.clock import ManualClock
from facilitator.domain.kinds import ProjectorMode
from facilitator.services.bundle import Services
from facilitator.services.run import RunService
from facilitator.storage.database import open_store
from facilitator.storage.store import Store
from facilitator.ui.change_feed import ChangeFeed, perform
from facilitator.ui.run.console import RunConsole
from facilitator.ui.run.projector_board import BoardSources
from facilitator.ui.run.projector_stage import ProjectorStage
from tests.capture_fixtures import World
from tests.run_support import DAY, seed_store


@dataclass
class Rig:
    """Everything a console test drives: the file, the clock, the service and the console."""

    path: Path
    store: Store
    clock: ManualClock
    service: RunService
    console: RunConsole
    workshop_id: int
    item_ids: list[int]


@pytest.fixture
def make_console(qtbot) -> Iterator[Callable[..., RunConsole]]:
    stores: list[Store] = []

    def build(path: Path, clock: ManualClock, workshop_id: int) -> tuple[Store, RunService, RunConsole]:
        store = open_store(path)
        stores.append(store)
        service = RunService(store, clock, tz=timezone.utc)
        console = RunConsole(service, ChangeFeed(), QSettings())
        qtbot.addWidget(console)
        console.resize(1280, 800)
        console.show_workshop(workshop_id)
        console.show()
        console.activateWindow()
        qtbot.waitActive(console)
        console.table.setFocus()
        qtbot.wait(10)
        return store, service, console

    yield build
    for store in stores:
        store.close()


@pytest.fixture
def rig(tmp_path: Path, make_console) -> Rig:
    path = tmp_path / "day.sqlite"
    seeded, workshop_id, ids = seed_store(path)
    seeded.close()
    clock = ManualClock(DAY + timedelta(hours=12, minutes=30))
    store, service, console = make_console(path, clock, workshop_id)
    return Rig(path, store, clock, service, console, workshop_id, ids)


@pytest.fixture
def wall_stage(qtbot, services: Services, world: World):  # noqa: ANN001, ANN201
    """A projector picture (1920×1080) whose group-work item shows the wall; the module gives ``world``."""
    feed = ChangeFeed()
    stage = ProjectorStage(BoardSources(services.capture, services.voting, services.aco, feed))
    qtbot.addWidget(stage)
    stage.resize(1920, 1080)
    stage.show()
    qtbot.waitExposed(stage)
    assert perform(stage, feed, services.capture.set_projector_mode, world.group_item_id, ProjectorMode.WALL)
    return stage, feed
