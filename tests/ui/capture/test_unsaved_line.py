"""A line that could not be stored stays in its field (the store said why), never lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from facilitator.services.bundle import Services
from facilitator.storage.errors import StoreError
from facilitator.ui.capture.contributions_page import ContributionsPage


def test_a_line_the_store_refused_stays_in_the_field_and_enter_again_stores_it(
    qtbot, world, feed, monkeypatch  # noqa: ANN001
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    capture = Services.over(world.store).capture
    page = ContributionsPage(capture, feed)
    qtbot.addWidget(page)
    page.set_item(world.group_item_id)
    page.show()
    entry = page.panels[0].entry
    entry.setFocus()
    entry.setText("Linje mens serveren er væk")
    real = type(capture).add_contribution

    def unreachable(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise StoreError("postgresql://server/temadag", "connection refused")

    monkeypatch.setattr(type(capture), "add_contribution", unreachable)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert shown and entry.text() == "Linje mens serveren er væk"
    assert page.panels[0].model.rowCount() == 0
    monkeypatch.setattr(type(capture), "add_contribution", real)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert entry.text() == ""
    assert [line.text for line in capture.lines(world.group_item_id, world.cluster_ids[0])] == [
        "Linje mens serveren er væk"]
