"""Lines written on a table's phone carry a small mark on the projector's wall (issue 16).

The mark is a muted phone drawn after the line's last word, explained once under the lists in the
workshop's language; lines typed on the laptop carry none, and a wall without phone lines shows
no explanation.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from facilitator.domain.kinds import ContributionOrigin
from facilitator.services.bundle import Services
from facilitator.storage.models import Workshop
from facilitator.ui.change_feed import perform
from facilitator.ui.run.projector_stage import ProjectorStage
from facilitator.ui.run.slide import Layout, Slide
from tests.capture_fixtures import World, world_fixture

world = pytest.fixture(world_fixture)
LONG = "Et sammenhængende borgerforløb før, under og efter behandling på tværs af sektorer og kommuner"


@pytest.fixture
def stage(wall_stage):  # noqa: ANN001, ANN201
    shown, feed = wall_stage
    shown.feed = feed
    return shown


def _show(stage: ProjectorStage, services: Services, world: World, language: str = "da") -> None:
    item = services.capture.item(world.group_item_id)
    stage.set_slide(Slide(Layout.GROUP, heading=item.title, countdown="12:00", item_id=item.id,
                          item_kind=item.kind, projector_mode=item.projector_mode, language=language))


def _add(stage, services, world, cluster_index: int, text: str, origin=ContributionOrigin.KEYBOARD) -> None:  # noqa: ANN001
    cluster = world.cluster_ids[cluster_index]
    assert perform(stage, stage.feed, lambda: services.capture.add_contribution(
        world.group_item_id, cluster, text, origin=origin)[1])


def _column(stage: ProjectorStage, cluster_id: int):  # noqa: ANN202
    wall = stage.board.wall
    return next((lines, model) for _label, lines, model in wall.columns if model.cluster_id == cluster_id)


def test_a_phone_line_ends_in_a_muted_phone_mark_and_a_typed_line_in_none(qtbot, services, world, stage):
    _show(stage, services, world)
    _add(stage, services, world, 0, "Typed on the laptop")
    _add(stage, services, world, 0, LONG, ContributionOrigin.TABLE)
    _add(stage, services, world, 1, "Kort fra bordet", ContributionOrigin.TABLE)
    lines, model = _column(stage, world.cluster_ids[0])
    picture = lines.grab().toImage()
    assert "mark0" not in lines.drawn
    mark, text = lines.drawn["mark1"], lines.drawn["line1"]
    assert text.contains(mark.center()) and mark.width() > 4 and mark.height() > 8
    assert QRectF(lines.rect()).contains(mark)
    assert lines.laid_out_characters(1) == len(model.index(1).data())  # the text is whole; the mark is extra
    inked = {picture.pixelColor(int(x), int(mark.top() + 1)).name()
             for x in range(int(mark.left()), int(mark.right()) + 1)}
    assert inked - {"#ffffff"}, "the mark is painted"
    assert all(QColor(name).lightness() > 40 for name in inked), "muted, not the text's black"


def test_the_mark_is_explained_once_in_the_workshops_language(qtbot, services, world, stage):
    _show(stage, services, world)
    wall = stage.board.wall
    _add(stage, services, world, 0, "Typed on the laptop")
    assert not wall.note.isVisibleTo(wall) and wall.note_height() == 0
    _add(stage, services, world, 1, "Fra bordet", ContributionOrigin.TABLE)
    assert wall.note.isVisibleTo(wall) and wall.note.text == "skrevet ved bordet"
    big = wall.note.sizeHint().height()
    wall.set_point_size(8)  # the console's small preview of the same wall
    assert wall.note.sizeHint().height() < big / 2, "the note keeps its size beside the lines"
    wall.set_point_size(24)
    assert wall.note.geometry().top() >= max(lines.geometry().bottom() for _l, lines, _m in wall.columns
                                             if lines.isVisible())
    with world.store.transaction() as session:
        session.get(Workshop, world.workshop_id).language = "en"
    _show(stage, services, world, language="en")
    assert wall.note.text == "written at the table" and wall.note.isVisibleTo(wall)
