"""The wall never hides lines silently (issue 10 item 15).

It shrinks its text to the legible floor first; past that, each list shows its newest lines and
"↑ N more lines" over them, in the workshop's language; a long word breaks instead of being cut.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from facilitator.services.bundle import Services
from facilitator.storage.models import Workshop
from facilitator.ui.change_feed import perform
from facilitator.ui.run.projector_stage import ProjectorStage
from facilitator.ui.run.slide import Layout, Slide
from facilitator.ui.run.wall_fit import newest_that_fit
from tests.capture_fixtures import World, world_fixture

world = pytest.fixture(world_fixture)
LINE = "Et sammenhængende borgerforløb før, under og efter behandling på tværs af sektorer"
LONG_WORD = "Sundhedsaftalesamarbejdskoordinationsmodelimplementeringsarbejdsgruppemøderække" * 2


def show(stage: ProjectorStage, services: Services, world: World, language: str = "da") -> None:
    item = services.capture.item(world.group_item_id)
    stage.set_slide(Slide(Layout.GROUP, heading=item.title, countdown="12:00", item_id=item.id,
                          item_kind=item.kind, projector_mode=item.projector_mode, language=language))


def add(stage, feed, services, world, cluster_index: int, texts) -> None:  # noqa: ANN001
    cluster = world.cluster_ids[cluster_index]
    for text in texts:
        assert perform(stage, feed, lambda t=text: services.capture.add_contribution(
            world.group_item_id, cluster, t)[1])


def column(stage: ProjectorStage, index: int):  # noqa: ANN201
    wall = stage.board.wall
    shown = [c for c in wall.columns if c[0].isVisible()]
    label, lines, model = shown[index]
    lines.grab()  # paints
    return label, lines, model


def test_a_list_longer_than_the_screen_says_how_many_lines_are_above(qtbot, services, world, wall_stage):
    stage, feed = wall_stage
    show(stage, services, world)
    add(stage, feed, services, world, 0, [f"{n}: {LINE}" for n in range(1, 41)])
    add(stage, feed, services, world, 1, ["Kort linje"])
    _label, lines, model = column(stage, 0)
    assert stage.board.wall.point_size == 24  # shrunk to the legible floor first
    assert 0 < lines.hidden < model.rowCount()
    assert lines.more_text == f"↑ {lines.hidden} linjer mere"
    assert (lines.more_for(1), lines.more_for(2)) == ("↑ 1 linje mere", "↑ 2 linjer mere")
    assert len(lines.shown_rows) + lines.hidden == model.rowCount()
    assert lines.shown_rows[-1] == model.rowCount() - 1  # the newest line is on screen, whole
    area = QRectF(lines.rect())
    assert area.contains(lines.drawn["more"]) and area.contains(lines.drawn[f"line{model.rowCount() - 1}"])
    assert lines.drawn["more"].bottom() <= lines.drawn[f"line{lines.shown_rows[0]}"].top()
    _label, short, _model = column(stage, 1)
    assert short.hidden == 0 and "more" not in short.drawn


def test_the_count_follows_the_workshops_language(qtbot, services, world, wall_stage):
    stage, feed = wall_stage
    with world.store.transaction() as session:
        session.get(Workshop, world.workshop_id).language = "en"
    show(stage, services, world, language="en")
    add(stage, feed, services, world, 0, [f"{n}: {LINE}" for n in range(1, 41)])
    _label, lines, _model = column(stage, 0)
    assert lines.more_text == f"↑ {lines.hidden} more lines"
    assert (lines.more_for(1), lines.more_for(2)) == ("↑ 1 more line", "↑ 2 more lines")


def test_a_long_word_breaks_inside_its_column(qtbot, services, world, wall_stage):
    stage, feed = wall_stage
    show(stage, services, world)
    add(stage, feed, services, world, 0, [LONG_WORD])
    add(stage, feed, services, world, 1, ["Kort linje", "En til"])
    _label, lines, model = column(stage, 0)
    drawn = lines.drawn["line0"]
    assert drawn.width() <= lines.width()
    assert drawn.height() > 2 * lines.fontMetrics().height()  # on several lines, none cut off
    assert lines.laid_out_characters(0) == len(model.index(0).data())


@pytest.mark.parametrize(("heights", "available", "marker", "first"), [
    ([10, 10, 10], 40, 5, 0),  # all fit: no marker
    ([10, 10, 10, 10, 10], 40, 5, 2),  # 4 would fit, but the marker takes a line's room
    ([10, 10, 10], 30, 5, 0),
    ([10, 10, 10, 10], 35, 5, 1),
    ([50, 10], 30, 5, 1),  # an old tall line hidden, the newest shown
    ([10, 80], 30, 5, 1),  # the newest alone is taller than the list: still shown, clipped
    ([], 30, 5, 0),
])
def test_newest_that_fit(heights, available, marker, first):
    assert newest_that_fit(heights, available, marker) == first


def test_one_hidden_line_is_singular(qtbot, services, world, wall_stage):
    stage, feed = wall_stage
    show(stage, services, world)
    lines_widget = stage.board.wall.columns[0][1]
    assert lines_widget.more_for(1) == "↑ 1 linje mere"
