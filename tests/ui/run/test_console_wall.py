"""The console's preview and the projector arrange the demo day the same way."""

from __future__ import annotations

from datetime import timedelta, timezone

import pytest
from PySide6.QtCore import QSettings

from facilitator.domain.clock import ManualClock
from facilitator.domain.kinds import ProjectorMode
from facilitator.services.bundle import Services
from facilitator.services.run import RunService
from facilitator.ui.change_feed import ChangeFeed, perform
from facilitator.ui.run.console import RunConsole
from facilitator.ui.run.projector_board import BoardKind, BoardSources
from tests.run_support import DAY


@pytest.fixture
def demo(qtbot, services: Services, store):  # noqa: ANN001, ANN201
    workshop_id, _ = services.templates.create_demo()
    feed = ChangeFeed()
    run = RunService(store, ManualClock(DAY + timedelta(hours=12, minutes=30)), tz=timezone.utc)
    console = RunConsole(run, feed, QSettings(),
                         boards=BoardSources(services.capture, services.voting, services.aco, feed))
    qtbot.addWidget(console)
    console.show_workshop(workshop_id)
    console.show()
    items = services.capture.items(workshop_id)
    return console, feed, items


def test_preview_and_projector_show_the_items_wall_and_follow_its_mode(qtbot, services, demo):
    console, feed, items = demo
    group = items[3]
    assert perform(console, feed, services.capture.set_projector_mode, group.id, ProjectorMode.WALL)
    with qtbot.waitSignal(console.current_item_changed) as started:
        console.jump(3)
    assert started.args == [group.id]
    assert console.preview.arrangement is ProjectorMode.WALL
    console.toggle_projector()
    projector = console.projector
    assert projector is not None and projector.isVisible()
    for stage in (console.preview, projector.stage):
        assert stage.board is not None and stage.board.kind() is BoardKind.WALL
        assert stage.board.wall.item_id == group.id
        assert stage.arrangement is ProjectorMode.WALL
    assert projector.stage.slide == console.preview.slide
    assert perform(console, feed, services.capture.set_projector_mode, group.id, ProjectorMode.BOTH)
    assert console.preview.arrangement is projector.stage.arrangement is ProjectorMode.BOTH
    assert perform(console, feed, services.capture.set_projector_mode, group.id, ProjectorMode.TIMER)
    assert console.preview.arrangement is projector.stage.arrangement is ProjectorMode.TIMER
    console.set_screen_mode(console.screen_mode.BLACK)
    assert projector.view.isVisible() and projector.stage.arrangement is ProjectorMode.TIMER


def test_proposal_chosen_before_the_projector_opens_reaches_it(qtbot, services, demo):
    console, feed, items = demo
    aco = items[6]
    assert perform(console, feed, lambda: services.aco.add_proposal(aco.id, "Fælles kompetenceforløb")[1])
    proposals = services.aco.proposals(aco.id)
    assert perform(console, feed, services.capture.set_projector_mode, aco.id, ProjectorMode.BOTH)
    console.jump(6)
    console.show_proposal(proposals[1].id)
    assert console.preview.board is not None and console.preview.board.proposal_id == proposals[1].id
    console.toggle_projector()
    board = console.projector.stage.board
    assert board is not None and board.kind() is BoardKind.ACO
    assert board.aco.title.text() == proposals[1].title
