from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.ui.capture.wall import WallWidget
from tests.ui.capture.conftest import press, type_text


def test_item_kind_opens_its_page_and_projector_mode_is_saved(world, services, view):
    assert view.item_box.count() == 6
    expected = {
        world.talk_item_id: "notes",  # a talk opens on its minutes text
        world.group_item_id: "contributions",
        world.summary_item_id: "synthesis",
        world.aco_item_id: "aco",
    }
    for item_id, page in expected.items():
        view.set_item(item_id)
        assert view.tabs.currentWidget() is view.pages[page]
    view.set_item(world.group_item_id)
    view.projector_box.setCurrentIndex(view.projector_box.findData("both"))
    view.projector_box.activated.emit(view.projector_box.currentIndex())
    assert services.capture.item(world.group_item_id).projector_mode == "both"


def test_half_typed_line_is_stored_when_the_item_changes(qtbot, world, services, view):
    view.set_item(world.group_item_id)
    type_text(qtbot, view.contributions.panels[3].entry, "Evidens – hvad virker?")
    view.set_item(world.summary_item_id)
    assert [c.text for c in services.capture.lines(world.group_item_id, world.cluster_ids[3])] == [
        "Evidens – hvad virker?"
    ]


def test_wall_shows_lists_with_lines_as_they_grow(qtbot, world, feed, services, view):
    wall = WallWidget(services.capture, feed, world.group_item_id)
    qtbot.addWidget(wall)
    wall.show()
    assert len(wall.columns) == 5 and all(label.isVisible() for label, _v, _m in wall.columns)
    view.set_item(world.group_item_id)
    entry = view.contributions.panels[1].entry
    type_text(qtbot, entry, "Planlagt opgaveoverdragelse")
    press(qtbot, entry, Qt.Key.Key_Return)
    shown = [(label.text(), model.rowCount()) for label, view_, model in wall.columns if label.isVisible()]
    assert shown == [("Klynge Nord", 1)]
    assert wall.columns[1][2].index(0).data() == "1. Planlagt opgaveoverdragelse"
