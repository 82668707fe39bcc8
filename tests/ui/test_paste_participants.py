"""Pasting participants: the preview shows how columns and clusters were read before storing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from facilitator.services.bundle import Services
from facilitator.ui.change_feed import ChangeFeed
from facilitator.ui.setup.paste_dialog import PasteParticipantsDialog

PASTE = (
    "Navn;Organisation;Klynge\n"
    "Anna Holm;Rebild Kommune;Nord\n"
    "Bo Lund;Hjørring Kommune;\n"
    "Carl Due;Region Nordjylland;Klynge Øst\n"
    "Dora Bak;Thisted;klynge syd\n"
    "Eva Friis;Aalborg;Rebild\n"
    ";Læsø\n"
)


def _dialog(qtbot: QtBot, services: Services, workshop_id: int) -> PasteParticipantsDialog:
    services.setup.add_cluster(workshop_id, "Klynge Syd", "Mariagerfjord, Vesthimmerland, Rebild")
    services.setup.add_cluster(workshop_id, "Klynge Nord", "Hjørring, Frederikshavn")
    dialog = PasteParticipantsDialog(services.setup, ChangeFeed(), workshop_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.text.setFocus()
    return dialog


def _column(dialog: PasteParticipantsDialog, column: int) -> list[str]:
    return [dialog.table.item(row, column).text() for row in range(dialog.table.rowCount())]


def test_the_preview_shows_columns_and_clusters_and_lists_what_fits_none_before_storing(
    qtbot: QtBot, services: Services, workshop_id: int, english: None
) -> None:
    dialog = _dialog(qtbot, services, workshop_id)
    dialog.text.setPlainText(PASTE)
    assert "1: Name · 2: Organisation · 3: Cluster" in dialog.columns.text()
    assert [dialog.table.isColumnHidden(c) for c in range(6)] == [False, False, False, True, True, False]
    assert "line 1" in dialog.columns.text()
    assert _column(dialog, 1) == ["Anna Holm", "Bo Lund", "Carl Due", "Dora Bak", "Eva Friis"]
    assert _column(dialog, 5) == [
        "Klynge Nord",
        "Klynge Nord (from the organisation)",
        "⚠ no cluster is called “Klynge Øst”",
        "Klynge Syd",
        "Klynge Syd (“Rebild” is a member)",
    ]
    assert "“Klynge Øst” on line 4" in dialog.summary.text()
    assert "Line 7: no name" in dialog.summary.text()
    assert services.setup.participants(workshop_id) == []  # nothing stored yet
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted
    clusters = {c.id: c.name for c in services.setup.clusters(workshop_id)}
    stored = [(p.name, clusters.get(p.cluster_id)) for p in services.setup.participants(workshop_id)]
    assert stored == [("Anna Holm", "Klynge Nord"), ("Bo Lund", "Klynge Nord"), ("Carl Due", None),
                      ("Dora Bak", "Klynge Syd"), ("Eva Friis", "Klynge Syd")]


def test_rows_without_a_header_are_read_in_the_usual_order(qtbot: QtBot, services: Services,
                                                           workshop_id: int) -> None:
    dialog = _dialog(qtbot, services, workshop_id)
    dialog.text.setPlainText("Anna Holm\tRebild Kommune\tSundhedschef\tah@example.dk\tKlynge Syd\n")
    assert "1: Name · 2: Organisation · 3: Role · 4: E-mail · 5: Cluster" in dialog.columns.text()
    assert "usual order" in dialog.columns.text()
    assert _column(dialog, 5) == ["Klynge Syd"]
    dialog.text.setPlainText("")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


COUNTED = {
    "da": ("3 deltagere tilføjes.", "“Klynge Øst” i linje 2", "“Klynge Vest” i linje 3, 4",
           "1 deltager tilføjes."),
    "en": ("3 participants will be added.", "“Klynge Øst” on line 2", "“Klynge Vest” on lines 3, 4",
           "1 participant will be added."),
}


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_summary_counts_participants_and_lines_in_the_singular_and_the_plural(
    qtbot: QtBot, services: Services, workshop_id: int, language: str, request: pytest.FixtureRequest
) -> None:
    request.getfixturevalue("danish" if language == "da" else "english")
    three, one_line, two_lines, one = COUNTED[language]
    dialog = _dialog(qtbot, services, workshop_id)
    dialog.text.setPlainText("Navn;Organisation;Klynge\nAnna Holm;Rebild;Klynge Øst\n"
                             "Bo Lund;Thisted;Klynge Vest\nCarl Due;Læsø;Klynge Vest\n")
    assert dialog.summary.text().splitlines()[0] == three
    assert one_line in dialog.summary.text().splitlines() and two_lines in dialog.summary.text().splitlines()
    dialog.text.setPlainText("Navn;Organisation;Klynge\nAnna Holm;Rebild;Klynge Nord\n")
    assert dialog.summary.text().splitlines()[0] == one
