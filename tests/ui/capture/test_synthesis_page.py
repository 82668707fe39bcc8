from __future__ import annotations

import json

from PySide6.QtCore import QItemSelectionModel, QMimeData, Qt

from facilitator.services.bundle import Services
from facilitator.ui.capture.synthesis_models import MIME
from facilitator.ui.capture.synthesis_page import SynthesisPage
from tests.ui.capture.conftest import press, type_text
from tests.ui.capture.seed_001 import CLUSTER_LISTS

CTRL = Qt.KeyboardModifier.ControlModifier


def _seeded_page(qtbot, world, feed):  # noqa: ANN001, ANN202
    services = Services.over(world.store)
    for cluster_id, lines in zip(world.cluster_ids, CLUSTER_LISTS.values(), strict=True):
        for text, _sub in lines:
            services.capture.add_contribution(world.group_item_id, cluster_id, text)
    page = SynthesisPage(services.synthesis, services.capture, feed)
    qtbot.addWidget(page)
    page.set_item(world.summary_item_id)
    page.show()
    return page, services


def _select(page, *texts):  # noqa: ANN001, ANN202
    selection = page.source_view.selectionModel()
    selection.clear()
    for row, line in enumerate(page.sources.lines):
        if any(line.contribution.text.startswith(t) for t in texts):
            selection.select(page.sources.index(row), QItemSelectionModel.SelectionFlag.Select)
            page.source_view.setCurrentIndex(page.sources.index(row))
            selection.select(page.sources.index(row), QItemSelectionModel.SelectionFlag.Select)


def _themes(services, world):  # noqa: ANN001, ANN202
    return [
        (t.title, [c.text[:20] for c in t.contributions], t.cluster_ids)
        for t in services.synthesis.themes(world.summary_item_id)
    ]


def test_themes_built_by_typing_keys_drag_merge_and_rename(qtbot, world, feed):
    page, services = _seeded_page(qtbot, world, feed)
    syd, nord, midt, vest = world.cluster_ids
    type_text(qtbot, page.new_theme, "Lighed og ligeværd mellem somatik og psykiatri")
    press(qtbot, page.new_theme, Qt.Key.Key_Return)
    type_text(qtbot, page.new_theme, "Velfærdsteknologi og telemedicin")
    press(qtbot, page.new_theme, Qt.Key.Key_Return)
    _select(page, "Mål som sikrer lige vilkår")
    press(qtbot, page.source_view, Qt.Key.Key_1)  # into theme 1
    _select(page, "Telemedicin/velfærdsteknologi")
    press(qtbot, page.source_view, Qt.Key.Key_2)
    _select(page, "Fælles kompetenceforløb")
    press(qtbot, page.source_view, Qt.Key.Key_N)  # a new theme named after the line
    # Drag and drop speak the same ids: "Shared Care" and "Fokus på psykiatrien" dropped on theme 1.
    shared = [l.contribution.id for l in page.sources.lines if l.contribution.text.startswith(("Shared", "Fokus på psyk"))]
    data = QMimeData()
    data.setData(MIME, json.dumps(shared).encode())
    assert page.themes.dropMimeData(data, Qt.DropAction.CopyAction, -1, -1, page.themes.index(0, 0))
    assert _themes(services, world) == [
        ("Lighed og ligeværd mellem somatik og psykiatri",
         ["Mål som sikrer lige ", "Shared Care (gøre op", "Fokus på psykiatrien"], (syd, vest)),
        ("Velfærdsteknologi og telemedicin", ["Telemedicin/velfærds"], (nord,)),
        ("Fælles kompetenceforløb, fælles uddannelsesforløb", ["Fælles kompetencefor"], (midt,)),
    ]
    assert "(Klynge Syd, Klynge Vest)" in page.themes.index(0, 0).data()
    # Merge theme 3 into theme 2 from the keyboard, then rename theme 2 in place.
    page.theme_view.setCurrentIndex(page.themes.index(2, 0))
    page.theme_view.selectionModel().select(page.themes.index(1, 0), QItemSelectionModel.SelectionFlag.Select)
    page.theme_view.setCurrentIndex(page.themes.index(1, 0))
    page.theme_view.selectionModel().select(page.themes.index(2, 0), QItemSelectionModel.SelectionFlag.Select)
    press(qtbot, page.theme_view, Qt.Key.Key_M, CTRL)
    assert [t[0] for t in _themes(services, world)] == [
        "Lighed og ligeværd mellem somatik og psykiatri", "Velfærdsteknologi og telemedicin"
    ]
    assert _themes(services, world)[1][2] == (nord, midt)
    assert page.themes.setData(page.themes.index(1, 0), "Velfærdsteknologi")
    page.theme_view.setCurrentIndex(page.themes.index(1, 0))
    press(qtbot, page.theme_view, Qt.Key.Key_Up, CTRL)  # reorder
    assert [t[0] for t in _themes(services, world)] == [
        "Velfærdsteknologi", "Lighed og ligeværd mellem somatik og psykiatri"
    ]


def test_delete_theme_undo_and_take_a_line_out(qtbot, world, feed):
    page, services = _seeded_page(qtbot, world, feed)
    type_text(qtbot, page.new_theme, "Forebyggelse")
    press(qtbot, page.new_theme, Qt.Key.Key_Return)
    _select(page, "Sikrer borgerne")
    press(qtbot, page.source_view, Qt.Key.Key_Return)  # into the current theme
    assert _themes(services, world)[0][1] == ["Sikrer borgerne i ov"]
    page.theme_view.setCurrentIndex(page.themes.index(0, 0))
    press(qtbot, page.theme_view, Qt.Key.Key_Delete)
    assert _themes(services, world) == []
    page.undo_stack.undo()
    assert _themes(services, world)[0][1] == ["Sikrer borgerne i ov"]
    _select(page, "Sikrer borgerne")
    press(qtbot, page.source_view, Qt.Key.Key_Delete)  # out of its theme
    assert _themes(services, world)[0][1] == []


def test_hidden_page_reads_nothing_until_shown(qtbot, world, feed):
    page, services = _seeded_page(qtbot, world, feed)
    shown = len(page.sources.lines)
    page.hide()
    services_calls: list[object] = []
    original = services.synthesis.source_lines
    page._synthesis.source_lines = lambda *args: services_calls.append(args) or original(*args)  # type: ignore[method-assign]
    feed.publish(services.capture.add_contribution(world.group_item_id, world.cluster_ids[0], "Ny idé")[1])
    qtbot.wait(20)
    assert services_calls == []  # typing on another tab does not re-read the whole workshop
    page.show()
    qtbot.waitUntil(lambda: len(page.sources.lines) == shown + 1)
    assert services_calls
