"""The run screens in Danish, the default language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.ui.run.slide import aco_columns, clock_text


def test_projector_texts_are_danish(danish):
    assert clock_text(15 * 60 + 37) == "15.37"
    assert [name for name, _ in aco_columns()] == ["Accepter", "Kritiser", "Tilbyd"]


def test_console_texts_are_danish(danish, rig):
    rig.clock.advance(7 * 60)  # 12.37: the first item has not started
    rig.console.tick()
    assert rig.console.drift_label.text() == "7 min. bagud — forventet slut 15.37 (planlagt 15.30)"
    assert rig.console.buttons["toggle"].text().startswith("Start")
    assert rig.console.model.headerData(0, Qt.Orientation.Horizontal) == "Planlagt"
    assert QApplication.translate("sections", "Run") == "Afvikling"
