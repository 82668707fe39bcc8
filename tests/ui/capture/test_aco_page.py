from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from facilitator.domain.kinds import Stance
from facilitator.services.bundle import Services
from facilitator.ui.capture.aco_page import AcoPage
from facilitator.ui.capture.aco_projector import AcoProjectorWidget
from tests.ui.capture.conftest import press, type_text


def _page(qtbot, world, feed):  # noqa: ANN001, ANN202
    services = Services.over(world.store)
    page = AcoPage(services.aco, services.synthesis, services.capture, feed)
    projector = AcoProjectorWidget(services.aco, feed)
    page.current_proposal_changed.connect(projector.set_proposal)
    for widget in (page, projector):
        qtbot.addWidget(widget)
        widget.show()
    page.set_item(world.aco_item_id)
    qtbot.waitExposed(page)
    return page, projector, services


def _type_cell(qtbot, page, row: int, column: int, text: str) -> None:  # noqa: ANN001
    """Start typing on a cell (the first key opens its editor), finish with Enter."""
    page.grid.setCurrentIndex(page.grid_model.index(row, column))
    press(qtbot, page.grid, getattr(Qt.Key, f"Key_{text[0].upper()}"))
    editor = next(e for e in page.grid.viewport().findChildren(QLineEdit) if e.isVisible())
    editor.setText(text[0])
    type_text(qtbot, editor, text[1:])
    press(qtbot, editor, Qt.Key.Key_Return)  # the delegate commits through a queued call
    qtbot.waitUntil(lambda: page.grid.state() != QAbstractItemView.State.EditingState)


def test_round_of_responses_to_each_cluster_and_projector_columns(qtbot, world, feed):
    page, projector, services = _page(qtbot, world, feed)
    syd, nord, midt, vest = world.cluster_ids
    page.from_clusters.click()
    assert [p.title for p in services.aco.proposals(world.aco_item_id)] == [
        "Klynge Syd", "Klynge Nord", "Klynge Midt", "Klynge Vest"
    ]
    assert projector.title.text() == "Klynge Syd"
    assert [page.grid_model.headerData(r, Qt.Orientation.Vertical) for r in range(3)] == [
        "Klynge Nord", "Klynge Midt", "Klynge Vest"
    ]
    _type_cell(qtbot, page, 0, 0, "Lige vilkår for somatik og psykiatri")
    _type_cell(qtbot, page, 1, 1, "For mange mål – vælg færre")
    _type_cell(qtbot, page, 2, 2, "Vi deler erfaringer fra TeleCare Nord")
    assert services.aco.responses(services.aco.proposals(world.aco_item_id)[0].id) == {
        (nord, Stance.ACCEPT): "Lige vilkår for somatik og psykiatri",
        (midt, Stance.CRITICISE): "For mange mål – vælg færre",
        (vest, Stance.OFFER): "Vi deler erfaringer fra TeleCare Nord",
    }
    assert [c.text() for c in projector.columns] == [
        "Klynge Nord: Lige vilkår for somatik og psykiatri",
        "Klynge Midt: For mange mål – vælg færre",
        "Klynge Vest: Vi deler erfaringer fra TeleCare Nord",
    ]
    page.select_proposal(1)  # Klynge Nord presents: Syd now responds, Nord does not
    assert projector.title.text() == "Klynge Nord"
    assert page.grid_model.headerData(0, Qt.Orientation.Vertical) == "Klynge Syd"
    _type_cell(qtbot, page, 0, 0, "Planlagt opgaveoverdragelse")
    assert projector.columns[0].text() == "Klynge Syd: Planlagt opgaveoverdragelse"
    assert projector.columns[1].text() == ""


def test_typed_proposal_and_blank_cell_clears(qtbot, world, feed):
    page, projector, services = _page(qtbot, world, feed)
    type_text(qtbot, page.new_proposal, "Røgfri skoledag om 2 år")
    press(qtbot, page.new_proposal, Qt.Key.Key_Return)
    assert projector.title.text() == "Røgfri skoledag om 2 år"
    assert page.grid_model.rowCount() == 4
    _type_cell(qtbot, page, 3, 1, "Hvad med erhvervsskolerne")
    page.grid_model.setData(page.grid_model.index(3, 1), "  ")
    assert services.aco.responses(services.aco.proposals(world.aco_item_id)[0].id) == {}
