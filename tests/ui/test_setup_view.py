"""The set-up screen writes every edit to the database as it is made."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from facilitator.services.bundle import Services
from facilitator.ui.change_feed import ChangeFeed
from facilitator.ui.setup.cluster_model import MEMBERS
from facilitator.ui.setup.paste_dialog import PasteParticipantsDialog
from facilitator.ui.setup.setup_view import SetupView


def make_view(qtbot: QtBot, services: Services, workshop_id: int) -> SetupView:
    view = SetupView(services.workshops, services.setup, ChangeFeed())
    qtbot.addWidget(view)
    view.show_workshop(workshop_id)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    return view


def test_typing_a_title_reaches_the_database(qtbot: QtBot, services: Services, workshop_id: int) -> None:
    view = make_view(qtbot, services, workshop_id)
    title = view.form.fields["title"]
    title.clear()
    title.setFocus()
    qtbot.keyClicks(title, "Klyngeseminar på Skarrildhus")
    qtbot.waitUntil(lambda: services.workshops.get(workshop_id).title == "Klyngeseminar på Skarrildhus")
    venue = view.form.fields["venue"]
    qtbot.keyClicks(venue, "Comwell")
    view.form.flush()  # leaving the screen saves at once, without waiting for the pause
    assert services.workshops.get(workshop_id).venue == "Comwell"


def test_clusters_are_added_renamed_and_reordered_by_keyboard(qtbot: QtBot, services: Services,
                                                               workshop_id: int) -> None:
    view = make_view(qtbot, services, workshop_id)
    editor = view.clusters
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    assert [c.name for c in services.setup.clusters(workshop_id)] == ["Cluster 1"]
    line_edit = QApplication.focusWidget()
    assert isinstance(line_edit, QLineEdit)
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, "Klynge Syd")
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)
    # The delegate commits on Return through a queued call.
    qtbot.waitUntil(lambda: [c.name for c in services.setup.clusters(workshop_id)] == ["Klynge Syd"])
    editor.model.setData(editor.model.index(0, MEMBERS), "Mariagerfjord, Vesthimmerland, Rebild")
    editor.add_cluster()
    second = QApplication.focusWidget()
    assert isinstance(second, QLineEdit)
    second.setText("Klynge Nord")
    qtbot.keyClick(second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [c.name for c in services.setup.clusters(workshop_id)] == ["Klynge Syd", "Klynge Nord"])
    editor.table.selectRow(1)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    clusters = services.setup.clusters(workshop_id)
    assert [c.name for c in clusters] == ["Klynge Nord", "Klynge Syd"]
    assert clusters[1].members == ("Mariagerfjord", "Vesthimmerland", "Rebild")
    assert editor.model.rowCount() == 2


def test_removing_a_cluster_asks_first(qtbot: QtBot, services: Services, workshop_id: int,
                                       monkeypatch) -> None:  # type: ignore[no-untyped-def]
    services.setup.add_cluster(workshop_id, "Klynge Vest")
    view = make_view(qtbot, services, workshop_id)
    view.clusters.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    view.clusters.remove_selected()
    assert len(services.setup.clusters(workshop_id)) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    view.clusters.remove_selected()
    assert services.setup.clusters(workshop_id) == []


def test_paste_dialog_reports_bad_lines_and_adds_good_ones(qtbot: QtBot, services: Services,
                                                           workshop_id: int) -> None:
    dialog = PasteParticipantsDialog(services.setup, ChangeFeed(), workshop_id)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("Anna;Rebild;;anna@example.dk\n;Hjørring\nBo;Aalborg;;bo(at)example\n")
    assert "Line 2" in dialog.summary.text() and "Line 3" in dialog.summary.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert [p.name for p in services.setup.participants(workshop_id)] == ["Anna"]


def test_participant_cluster_is_chosen_from_the_workshops_clusters(qtbot: QtBot, services: Services,
                                                                   workshop_id: int) -> None:
    cluster, _ = services.setup.add_cluster(workshop_id, "Klynge Midt")
    services.setup.add_participant(workshop_id, "Karen")
    view = make_view(qtbot, services, workshop_id)
    model = view.participants.model
    from facilitator.ui.setup.participant_model import CLUSTER_COLUMN, CLUSTER_ID_ROLE

    assert model.setData(model.index(0, CLUSTER_COLUMN), cluster, CLUSTER_ID_ROLE)
    assert services.setup.participants(workshop_id)[0].cluster_id == cluster
    qtbot.waitUntil(lambda: model.index(0, CLUSTER_COLUMN).data() == "Klynge Midt")


def test_insert_in_the_participant_table_adds_one_and_opens_its_name(qtbot: QtBot, services: Services,
                                                                     workshop_id: int) -> None:
    services.setup.add_participant(workshop_id, "Karen")
    view = make_view(qtbot, services, workshop_id)
    editor = view.participants
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    qtbot.wait(50)  # as in the app: the event loop runs before the next key (queued reloads too)
    assert [p.name for p in services.setup.participants(workshop_id)] == ["Karen", ""]
    assert editor.model.rowCount() == 2
    assert editor.table.state() == QAbstractItemView.State.EditingState
    assert editor.table.currentIndex() == editor.model.index(1, 0)  # the new row's name
    name = QApplication.focusWidget()
    assert isinstance(name, QLineEdit) and editor.table.isAncestorOf(name)
    qtbot.keyClick(name, Qt.Key.Key_Insert)  # typing in a cell: Ins is not "add"
    assert len(services.setup.participants(workshop_id)) == 2
    qtbot.keyClicks(name, "Mette Lund")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [p.name for p in services.setup.participants(workshop_id)] == ["Karen", "Mette Lund"])
    qtbot.wait(50)  # the commit's re-read keeps Mette's row current
    assert QApplication.focusWidget() is editor.table  # back in the table, ready for the next key
    assert editor.table.currentIndex() == editor.model.index(1, 0)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)  # the cluster table's Del is not also active
    assert [p.name for p in services.setup.participants(workshop_id)] == ["Karen"]
    qtbot.wait(50)
    assert QApplication.focusWidget() is editor.table
    assert editor.table.selectionModel().selectedRows() == []  # a second Del removes nothing


def test_tab_from_one_participant_cell_to_the_next_keeps_what_is_typed_there(qtbot: QtBot, services: Services,
                                                                              workshop_id: int) -> None:
    services.setup.add_participant(workshop_id, "Jes Søgaard")
    view = make_view(qtbot, services, workshop_id)
    editor = view.participants
    editor.table.setFocus()
    editor.table.setCurrentIndex(editor.model.index(0, 0))
    qtbot.keyClick(editor.table, Qt.Key.Key_F2)
    name = QApplication.focusWidget()
    assert isinstance(name, QLineEdit)
    qtbot.keyClick(name, Qt.Key.Key_End)
    qtbot.keyClicks(name, " Jr")
    qtbot.keyClick(name, Qt.Key.Key_Tab)  # stores the name and opens the organisation
    qtbot.wait(50)  # the name's commit re-reads the table before the next key
    assert editor.table.state() == QAbstractItemView.State.EditingState
    assert editor.table.currentIndex() == editor.model.index(0, 1)
    organisation = QApplication.focusWidget()
    assert isinstance(organisation, QLineEdit) and editor.table.isAncestorOf(organisation)
    qtbot.keyClicks(organisation, "SDU")
    qtbot.keyClick(organisation, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: services.setup.participants(workshop_id)[0].organisation == "SDU")
    assert services.setup.participants(workshop_id)[0].name == "Jes Søgaard Jr"
    assert editor.model.index(0, 1).data() == "SDU"


def test_both_set_up_tables_name_the_keys_of_their_buttons(qtbot: QtBot, services: Services,
                                                           workshop_id: int) -> None:
    view = make_view(qtbot, services, workshop_id)

    def tooltips(editor: QWidget) -> dict[str, str]:
        return {b.text(): b.toolTip() for b in editor.findChildren(QPushButton)}

    assert tooltips(view.participants) == {"Add participant": "Ins", "Paste list…": "", "Remove": "Del"}
    assert tooltips(view.clusters) == {"Add cluster": "Ins", "Move up": "Ctrl+Up", "Move down": "Ctrl+Down",
                                       "Colour…": "", "Remove": "Del"}


def test_a_moved_cluster_stays_selected_after_the_event_loop_ran(qtbot: QtBot, services: Services,
                                                                 workshop_id: int) -> None:
    for name in ("Klynge Syd", "Klynge Nord", "Klynge Midt"):
        services.setup.add_cluster(workshop_id, name)
    view = make_view(qtbot, services, workshop_id)
    editor = view.clusters
    editor.table.selectRow(0)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)  # the change's queued reload must not reset the selection
    assert [c.name for c in services.setup.clusters(workshop_id)] == ["Klynge Nord", "Klynge Syd", "Klynge Midt"]
    assert editor.selected_row() == 1
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [c.name for c in services.setup.clusters(workshop_id)] == ["Klynge Nord", "Klynge Midt", "Klynge Syd"]
    assert QApplication.focusWidget() is editor.table
