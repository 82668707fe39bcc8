"""The projector's arrangement per item: timer, wall, both; vote chart and proposal columns."""

from __future__ import annotations

from dataclasses import replace

import pytest

from facilitator.domain.kinds import ProjectorMode, Stance
from facilitator.services.bundle import Services
from facilitator.ui.change_feed import ChangeFeed, perform
from facilitator.ui.run.projector_board import BoardKind, BoardSources
from facilitator.ui.run.projector_stage import ProjectorStage, arrangement_for
from facilitator.ui.run.slide import Layout, Slide
from tests.capture_fixtures import World, world_fixture

world = pytest.fixture(world_fixture)


@pytest.fixture
def feed() -> ChangeFeed:
    return ChangeFeed()


@pytest.fixture
def stage(qtbot, services: Services, feed: ChangeFeed) -> ProjectorStage:  # noqa: ANN001
    shown = ProjectorStage(BoardSources(services.capture, services.voting, services.aco, feed))
    qtbot.addWidget(shown)
    shown.resize(1920, 1080)
    shown.show()
    return shown


def slide_for(services: Services, item_id: int, layout: Layout = Layout.GROUP) -> Slide:
    """The slide the console builds for ``item_id`` as stored now (its kind and projector mode)."""
    item = services.capture.item(item_id)
    assert item is not None
    return Slide(layout, heading=item.title, countdown="12:00", item_id=item_id, item_kind=item.kind,
                 projector_mode=item.projector_mode)


def do(stage: ProjectorStage, feed: ChangeFeed, action, *args) -> None:  # noqa: ANN001
    assert perform(stage, feed, action, *args)


def visible(stage: ProjectorStage) -> tuple[bool, bool, bool]:
    assert stage.board is not None
    return stage.view.isVisible(), stage.band.isVisible(), stage.board.isVisible()


def test_projector_mode_chosen_per_item_switches_the_arrangement(stage, services, feed, world: World):
    item = world.group_item_id
    stage.set_slide(slide_for(services, item))
    assert stage.arrangement is ProjectorMode.TIMER and visible(stage) == (True, False, False)
    do(stage, feed, services.capture.set_projector_mode, item, ProjectorMode.WALL)
    stage.set_slide(replace(slide_for(services, item), phase="Gruppearbejde · del 2 af 2"))
    assert stage.arrangement is ProjectorMode.WALL and visible(stage) == (False, True, True)
    slim = stage.band.height()
    stage.band.repaint()
    assert set(stage.band.drawn) == {"heading", "countdown"}  # the slim strip has no room for the phase
    do(stage, feed, services.capture.set_projector_mode, item, ProjectorMode.BOTH)
    stage.set_slide(replace(slide_for(services, item), phase="Gruppearbejde · del 2 af 2"))
    assert stage.arrangement is ProjectorMode.BOTH and visible(stage) == (False, True, True)
    # With the timer beside the wall the digits keep about a fifth of the screen's height.
    assert stage.band.height() > 2 * slim
    assert stage.band.height() >= 1080 * 0.25
    stage.band.repaint()
    assert set(stage.band.drawn) == {"phase", "heading", "countdown"}
    assert stage.band.drawn["countdown"].height() >= 1080 / 5
    assert stage.band.drawn["countdown"].right() <= stage.width()


def test_black_title_and_break_screens_hide_the_wall(stage, services, feed, world: World):
    do(stage, feed, services.capture.set_projector_mode, world.group_item_id, ProjectorMode.WALL)
    live = slide_for(services, world.group_item_id)
    for layout in (Layout.BLACK, Layout.LOGO, Layout.BREAK, Layout.DONE):
        stage.set_slide(Slide(layout, item_id=live.item_id, projector_mode=live.projector_mode))
        assert stage.arrangement is ProjectorMode.TIMER and stage.view.isVisible()
    stage.set_slide(live)
    assert stage.arrangement is ProjectorMode.WALL
    assert arrangement_for(live, has_board=False) is ProjectorMode.TIMER  # no board: the timer alone


def test_wall_grows_as_contributions_are_added_through_the_service(stage, services, feed, world: World):
    item = world.group_item_id
    do(stage, feed, services.capture.set_projector_mode, item, ProjectorMode.BOTH)
    stage.set_slide(slide_for(services, item))
    board = stage.board
    assert board is not None and board.kind() is BoardKind.WALL
    wall = board.wall
    assert [label.isVisible() for label, _v, _m in wall.columns] == [True] * 5  # 4 clusters + plenary
    south, north = world.cluster_ids[0], world.cluster_ids[1]
    do(stage, feed, lambda: services.capture.add_contribution(item, south, "Lige vilkår for borgerne")[1])
    shown = [label.text() for label, _view, _model in wall.columns if label.isVisible()]
    assert shown == ["Klynge Syd"]  # only lists with lines take a column
    assert wall.columns[0][2].data(wall.columns[0][2].index(0)) == "1. Lige vilkår for borgerne"
    big = wall.point_size
    for number in range(30):
        do(stage, feed, lambda n=number: services.capture.add_contribution(
            item, north, f"Punkt {n}: et sammenhængende borgerforløb før, under og efter behandling")[1])
    assert [label.text() for label, _v, _m in wall.columns if label.isVisible()] == ["Klynge Syd", "Klynge Nord"]
    assert wall.columns[1][2].rowCount() == 30
    assert wall.point_size < big  # the text shrank to make room, down to its floor
    assert wall.point_size >= 24
    north_lines = wall.columns[1][1]
    north_lines.grab()  # paints
    assert north_lines.shown_rows[-1] == 29  # the newest line is in sight


def test_vote_item_shows_the_bar_chart(stage, services, feed, world: World):
    item = world.vote_item_id
    do(stage, feed, services.capture.set_projector_mode, item, ProjectorMode.WALL)
    stage.set_slide(slide_for(services, item, Layout.TIMER))
    assert stage.board is not None and stage.board.kind() is BoardKind.WALL  # no options yet
    first = services.voting.add_option(item, "Det sammenhængende borgerforløb")[0]
    do(stage, feed, lambda: services.voting.add_option(item, "Fokus på forebyggelse")[1])
    assert stage.board.kind() is BoardKind.VOTES
    voter = services.voting.voters(item)[0]
    do(stage, feed, services.voting.set_dots, first, voter, 3)
    chart = stage.board.chart
    assert [(row.label, row.dots) for row in chart.rows] == [
        ("Det sammenhængende borgerforløb", 3), ("Fokus på forebyggelse", 0)]
    assert chart.isVisible() and chart.geometry().height() > 500


def test_aco_item_shows_the_proposal_chosen_on_the_capture_screen(stage, services, feed, world: World):
    item = world.aco_item_id
    do(stage, feed, services.capture.set_projector_mode, item, ProjectorMode.BOTH)
    first = services.aco.add_proposal(item, "Fælles sprog om borgerforløb")[0]
    second = services.aco.add_proposal(item, "Telemedicin i alle klynger")[0]
    other = services.aco.add_proposal(world.group_item_id, "Et andet punkts forslag")[0]
    feed.publish(services.aco.set_response(second, world.cluster_ids[1], Stance.OFFER, "Vi lægger udstyr"))
    stage.set_slide(slide_for(services, item, Layout.ACO))
    board = stage.board
    assert board is not None and board.kind() is BoardKind.ACO
    assert board.aco.title.text() == "Fælles sprog om borgerforløb"  # nothing chosen: the first
    stage.set_proposal(second)
    assert board.aco.title.text() == "Telemedicin i alle klynger"
    assert board.aco.columns[2].text() == "Klynge Nord: Vi lægger udstyr"
    stage.set_proposal(other)  # chosen on another item: this item keeps showing one of its own
    assert board.proposal_id == first
    assert board.aco.title.text() == "Fælles sprog om borgerforløb"
