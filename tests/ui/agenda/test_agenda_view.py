"""The agenda editor driven through its real widgets: edits are stored at once and undoable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QFileDialog, QLineEdit, QMessageBox, QSpinBox

from tests.agenda_samples import SEED_PROGRAMME
from facilitator.domain.programme.model import LineRole
from facilitator.services import attachments
from facilitator.domain.kinds import ItemKind
from facilitator.services.agenda import PhaseSpec
from facilitator.ui.agenda.agenda_model import KIND, MINUTES, NOTICE, START, TITLE
from facilitator.ui.agenda.agenda_view import AgendaView
from facilitator.ui.agenda.import_dialog import KIND as PREVIEW_KIND
from facilitator.ui.agenda.import_dialog import ROLE, ImportDialog
from facilitator.ui.change_feed import ChangeFeed



@pytest.fixture
def view(qtbot, services, workshop_id):
    services.workshops.set_day(workshop_id, 9 * 60, None)
    for title, minutes in (("Velkomst", 15), ("Oplæg", 30), ("Drøftelse", 45)):
        services.agenda.insert_item(workshop_id, title=title, minutes=minutes)
    widget = AgendaView(services, ChangeFeed())
    qtbot.addWidget(widget)
    widget.show_workshop(workshop_id)
    widget.show()
    return widget


def cell(view, row, column, role=Qt.ItemDataRole.DisplayRole):
    return view.model.index(row, column).data(role)


def column(view, col):
    return [cell(view, row, col) for row in range(view.model.rowCount())]


def stored_titles(services, workshop_id):
    return [item.title for item in services.agenda.agenda(workshop_id).items]


def edit_cell(qtbot, view, row, col, text):
    """Type into a cell's editor like a user: F2, select all, type, Enter."""
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, col))
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = view.table.focusWidget()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits the typed value through a queued call once Enter has been handled.
    qtbot.waitUntil(lambda: view.table.state() != QAbstractItemView.State.EditingState)


def test_editing_a_duration_moves_later_times_and_undo_restores(qtbot, view, services, workshop_id):
    assert column(view, START) == ["09.00", "09.15", "09.45"]
    edit_cell(qtbot, view, 1, MINUTES, "50")
    assert column(view, START) == ["09.00", "09.15", "10.05"]
    assert services.agenda.agenda(workshop_id).items[1].minutes == 50
    view.undo_action.trigger()
    assert column(view, START) == ["09.00", "09.15", "09.45"]
    assert services.agenda.agenda(workshop_id).items[1].minutes == 30
    view.redo_action.trigger()
    assert services.agenda.agenda(workshop_id).items[1].minutes == 50


def test_bad_duration_is_refused_with_a_message(qtbot, view, services, workshop_id):
    edit_cell(qtbot, view, 0, START, "kl. 25")
    assert "not a clock time" in view.message.text()
    assert services.agenda.agenda(workshop_id).items[0].pinned_start is None


def test_pinning_shows_gap_and_overlap(qtbot, view, services, workshop_id):
    edit_cell(qtbot, view, 2, START, "10.00")
    assert cell(view, 2, START) == "10.00"
    assert "15 min gap" in cell(view, 2, NOTICE)
    edit_cell(qtbot, view, 2, START, "9.30")
    assert "overlaps the item before by 15 min" in cell(view, 2, NOTICE)
    edit_cell(qtbot, view, 1, START, "9.20")
    assert cell(view, 1, NOTICE) == "5 min gap before; overlaps the next item by 20 min"
    edit_cell(qtbot, view, 1, START, "")
    edit_cell(qtbot, view, 2, START, "")
    assert services.agenda.agenda(workshop_id).items[2].pinned_start is None
    assert cell(view, 2, NOTICE) == ""


def test_keyboard_reorder_insert_duplicate_delete_with_undo(qtbot, view, services, workshop_id):
    view.table.setFocus()
    view.select_row(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert stored_titles(services, workshop_id) == ["Oplæg", "Velkomst", "Drøftelse"]
    assert view.current_row() == 1
    qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert stored_titles(services, workshop_id) == ["Oplæg", "Velkomst", "Velkomst", "Drøftelse"]
    assert view.current_row() == 2
    qtbot.keyClick(view.table, Qt.Key.Key_Insert)
    assert stored_titles(services, workshop_id) == ["Oplæg", "Velkomst", "Velkomst", "", "Drøftelse"]
    view.select_row(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert stored_titles(services, workshop_id) == ["Velkomst", "Velkomst", "", "Drøftelse"]
    for _ in range(4):
        qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_titles(services, workshop_id) == ["Velkomst", "Oplæg", "Drøftelse"]
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert stored_titles(services, workshop_id) == ["Oplæg", "Velkomst", "Drøftelse"]


def test_drag_and_drop_moves_the_item(qtbot, view, services, workshop_id):
    data = view.model.mimeData([view.model.index(0, TITLE)])
    assert view.model.canDropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    view.model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    qtbot.waitUntil(lambda: column(view, TITLE) == ["Oplæg", "Drøftelse", "Velkomst"])
    assert stored_titles(services, workshop_id) == ["Oplæg", "Drøftelse", "Velkomst"]
    view.undo_action.trigger()
    assert stored_titles(services, workshop_id) == ["Velkomst", "Oplæg", "Drøftelse"]


def test_kind_is_chosen_from_the_combo(qtbot, view, services, workshop_id):
    view.table.setCurrentIndex(view.model.index(1, KIND))
    view.table.edit(view.model.index(1, KIND))
    combo = view.table.focusWidget()
    combo.setCurrentIndex(combo.findData(ItemKind.PRESENTATION))
    combo.activated.emit(combo.currentIndex())
    assert services.agenda.agenda(workshop_id).items[1].kind is ItemKind.PRESENTATION
    assert cell(view, 1, KIND) == "Presentation"


def test_detail_texts_are_saved_and_undoable(qtbot, view, services, workshop_id):
    view.select_row(1)
    notes = view.pane.texts["notes"]
    notes.setFocus()
    qtbot.keyClicks(notes, "Husk post-its")
    view.pane.flush()
    item_id = services.agenda.agenda(workshop_id).items[1].id
    assert services.agenda.item(item_id).notes == "Husk post-its"
    view.select_row(0)
    assert notes.toPlainText() == ""
    view.undo_action.trigger()
    assert services.agenda.item(item_id).notes == ""


def test_phases_set_the_duration(qtbot, view, services, workshop_id):
    view.select_row(2)
    view.pane.phases.add_phase()
    view.pane.phases.add_phase()
    phases = view.pane.phases
    phases.setData(phases.index(0, 2), "10")
    phases.setData(phases.index(1, 0), "gruppearbejde")
    assert [(p.label, p.minutes) for p in services.agenda.agenda(workshop_id).items[2].phases] == [
        ("", 10), ("gruppearbejde", 10)]
    assert cell(view, 2, MINUTES) == "20"
    assert not view.model.flags(view.model.index(2, MINUTES)) & Qt.ItemFlag.ItemIsEditable
    for _ in range(4):
        view.undo_action.trigger()
    assert services.agenda.agenda(workshop_id).items[2].phases == ()
    assert cell(view, 2, MINUTES) == "45"


def test_a_new_phase_is_named_and_timed_from_the_keyboard(qtbot, view, services, workshop_id):
    view.select_row(2)
    view.pane.add_phase()  # "Add phase": the new phase's name is open for typing
    table = view.pane.phase_table
    assert table.state() == QAbstractItemView.State.EditingState
    assert table.currentIndex() == view.pane.phases.index(0, 0)
    name = QApplication.focusWidget()
    assert isinstance(name, QLineEdit) and table.isAncestorOf(name)
    qtbot.keyClicks(name, "Oplæg")
    qtbot.keyClick(name, Qt.Key.Key_Tab)  # stores the name; the item is re-read before the next key
    qtbot.wait(50)
    assert [p.label for p in services.agenda.agenda(workshop_id).items[2].phases] == ["Oplæg"]
    assert table.state() == QAbstractItemView.State.EditingState  # the kind is open, not closed by the re-read
    assert table.currentIndex() == view.pane.phases.index(0, 1)
    assert table.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # keep the kind
    qtbot.wait(50)
    minutes = QApplication.focusWidget()
    assert table.currentIndex() == view.pane.phases.index(0, 2) and isinstance(minutes, QSpinBox)
    minutes.selectAll()
    qtbot.keyClicks(minutes, "25")
    qtbot.keyClick(minutes, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [(p.label, p.minutes) for p in services.agenda.agenda(workshop_id).items[2].phases]
                    == [("Oplæg", 25)])


def test_the_undo_button_keeps_its_label_and_names_the_step_in_its_tooltip(qtbot, view, services, workshop_id):
    assert view.undo_action.text() == "Undo" and not view.undo_action.isEnabled()
    view.select_row(2)
    view.pane.add_phase()
    assert view.undo_action.text() == "Undo" and view.undo_action.isEnabled()
    assert view.undo_action.toolTip() == "Undo: Edit phases"
    view.undo_action.trigger()
    assert view.redo_action.text() == "Redo" and view.redo_action.toolTip() == "Redo: Edit phases"
    assert not view.undo_action.isEnabled() and view.undo_action.toolTip() == "Undo"


def test_paste_preview_shows_each_line_and_stores_only_on_import(qtbot, view, services, workshop_id, monkeypatch,
                                                                  english):
    QGuiApplication.clipboard().setText(SEED_PROGRAMME)
    dialogs = []

    def inspect(dialog: ImportDialog) -> int:
        dialogs.append(dialog)
        model = dialog.preview
        roles = [model.index(r, ROLE).data() for r in range(model.rowCount())]
        assert roles[0] == "Not placed – kept as a note"
        assert roles.count("Item") == 8
        assert model.index(0, ROLE).data(Qt.ItemDataRole.BackgroundRole) is not None
        assert stored_titles(services, workshop_id) == ["Velkomst", "Oplæg", "Drøftelse"]  # nothing yet
        model.setData(model.index(4, PREVIEW_KIND), ItemKind.GROUP_WORK)
        dialog.replace_box.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", inspect)
    view.paste_action.trigger()
    assert "8 items found; 2 lines kept as notes." == dialogs[0].summary.text()
    agenda = services.agenda.agenda(workshop_id)
    assert [(s.start, s.end) for s in agenda.schedule.items][:4] == [(750, 770), (770, 790), (790, 805), (805, 835)]
    assert [p.minutes for p in agenda.items[3].phases] == [10, 20]
    assert agenda.items[3].kind is ItemKind.GROUP_WORK
    assert column(view, START)[0] == "12.30"
    view.undo_action.trigger()
    assert stored_titles(services, workshop_id) == ["Velkomst", "Oplæg", "Drøftelse"]
    assert services.agenda.agenda(workshop_id).day_start == 540


def test_cancelled_preview_stores_nothing(qtbot, view, services, workshop_id, monkeypatch):
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert not view.run_import(ImportDialog("10.00-11.00 Noget", 540, view))
    assert stored_titles(services, workshop_id) == ["Velkomst", "Oplæg", "Drøftelse"]


def test_preview_marks_unplaced_lines(qtbot):
    dialog = ImportDialog("", 540)
    qtbot.addWidget(dialog)
    dialog.editor.setPlainText("Overskrift\n09.00-09.30 Kaffe\n  med brød\n\nLøs linje")
    model = dialog.preview
    roles = [model._rows[r].role for r in range(model.rowCount())]
    assert roles == [LineRole.NOTE, LineRole.ITEM, LineRole.DESCRIPTION, LineRole.NOTE]
    assert dialog.import_button.isEnabled()
    plan = dialog.plan()
    assert plan.items[0].notes == "Overskrift\nLøs linje"
    assert plan.items[0].kind is ItemKind.BREAK


def test_day_end_warning_is_shown(qtbot, view, services, workshop_id):
    view.has_end.setChecked(True)
    view.day_end.setFocus()
    view.day_end.selectAll()
    qtbot.keyClicks(view.day_end, "10.00")
    qtbot.keyClick(view.day_end, Qt.Key.Key_Return)
    assert services.workshops.get(workshop_id).day_end_min == 600
    assert "30 min after the planned end" in view.warnings.text()


def test_phases_from_the_service_show_in_the_pane(qtbot, view, services, workshop_id):
    item_id = services.agenda.agenda(workshop_id).items[0].id
    view.editor.set_phases(services.agenda.item(item_id), [PhaseSpec("oplæg", ItemKind.PRESENTATION, 5)])
    view.select_row(0)
    assert view.pane.phases.index(0, 3).data() == "09.00–09.05"


def test_delete_key_inside_a_cell_editor_edits_text_not_rows(qtbot, view, services, workshop_id):
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, TITLE))
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = view.table.focusWidget()
    editor.setCursorPosition(0)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.table.state() != QAbstractItemView.State.EditingState)
    assert stored_titles(services, workshop_id) == ["elkomst", "Oplæg", "Drøftelse"]


def test_attachments_are_added_removed_and_undone(qtbot, view, services, workshop_id, tmp_path, monkeypatch):
    source = tmp_path / "Slides om data.pdf"
    source.write_bytes(b"%PDF-1.4 slides")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(source), ""))
    view.select_row(1)
    view.pane._add_file()
    (stored,) = services.attachments.attachments(workshop_id)
    assert (stored.title, stored.filename, stored.size) == ("Slides om data", "Slides om data.pdf", 15)
    assert stored.item_id == services.agenda.agenda(workshop_id).items[1].id
    assert view.pane.attachments.count() == 1
    view.pane.attachments.setCurrentRow(0)
    view.pane._remove_attachment()
    assert services.attachments.attachments(workshop_id) == []
    view.undo_action.trigger()
    (back,) = services.attachments.attachments(workshop_id)
    assert services.agenda.attachment_copy(back.id).data == b"%PDF-1.4 slides"
    view.undo_action.trigger()
    assert services.attachments.attachments(workshop_id) == []


def test_a_file_too_big_to_keep_is_explained(qtbot, view, services, workshop_id, tmp_path, monkeypatch):
    source = tmp_path / "video.mp4"
    source.write_bytes(b"0123456789")
    monkeypatch.setattr(attachments, "MAX_BYTES", 5)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(source), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    read: list[Path] = []
    real_read = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda path: read.append(path) or real_read(path))
    view.select_row(0)
    view.pane._add_file()
    assert shown and "larger than" in shown[0]
    assert source not in read, "the file was read before its size was checked"
    assert services.attachments.attachments(workshop_id) == []
    assert not view.undo_action.isEnabled()


def test_items_of_several_days_show_their_day(qtbot, view, services, workshop_id, monkeypatch):
    from facilitator.ui.agenda.agenda_model import DAY

    assert view.table.isColumnHidden(DAY)
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    text = "Lørdag:\n09.00-10.00 Velkomst\nSøndag:\n09.30-10.00 Morgensang\n"
    assert view.run_import(ImportDialog(text, 540, view))
    assert not view.table.isColumnHidden(DAY)
    assert view.table.horizontalHeader().visualIndex(DAY) == 0
    assert column(view, DAY) == ["Day 1"] * 3 + ["Lørdag", "Søndag"]
    assert column(view, START)[-1] == "09.30"


def test_pasting_a_word_table_reads_the_table_not_the_text(qtbot, view, services, workshop_id, monkeypatch, english):
    from PySide6.QtCore import QMimeData

    from tests.programme_documents import WORD_CLIPBOARD_HTML

    mime = QMimeData()
    mime.setHtml(WORD_CLIPBOARD_HTML)
    mime.setText("Tid\tProgram\n09.00 – 09.30\tVelkomst og kaffe\n")
    QGuiApplication.clipboard().setMimeData(mime)
    seen: list[str] = []

    def inspect(dialog: ImportDialog) -> int:
        seen.append(dialog.summary.text())
        assert not dialog.editor.isVisible()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", inspect)
    view.paste_action.trigger()
    assert seen == ["3 items found; 3 lines kept as notes."]
    assert stored_titles(services, workshop_id)[-3:] == ["Velkomst og kaffe", "Oplæg", "Pause"]


def test_spreadsheet_columns_are_chosen_in_the_preview(qtbot):
    from facilitator.domain.programme.sources import read_file
    from tests.programme_documents import workbook_xlsx

    dialog = ImportDialog(read_file(workbook_xlsx(), "p.xlsx"), 540)
    qtbot.addWidget(dialog)
    assert dialog.chooser is not None
    title = dialog.chooser.combos["title"]
    assert title.currentData() == 2
    assert dialog.plan().items[0].title == "Velkomst"
    title.setCurrentIndex(title.findData(3))
    assert [item.title for item in dialog.plan().items][:2] == ["Anne", "Bo"]


def test_a_description_over_100_kb_is_kept_whole_with_a_warning(danish, qtbot, view, services, workshop_id):
    view.select_row(1)
    box = view.pane.texts["description"]
    box.setFocus()
    box.setPlainText("Baggrund for punktet. " * 6_000)  # 132 KB, as a paste would put it there
    view.pane.flush()
    item_id = services.agenda.agenda(workshop_id).items[1].id
    assert len(services.agenda.item(item_id).description) == 132_000
    note = view.pane.long_note
    assert note.isVisible() and "fylder 132 KB" in note.text() and "Beskrivelse" in note.text()
    assert box.hasFocus()
    box.setPlainText("Kort.")
    view.pane.flush()
    assert not note.isVisible()
    view.select_row(0)
    view.select_row(1)  # the stored long text is told of again when the item is shown
    assert not note.isVisible()


IMPORT_SUMMARIES = {
    "da": ("1 punkt fundet; 1 linje gemt som note.", "2 punkter fundet; 2 linjer gemt som noter."),
    "en": ("1 item found; 1 line kept as a note.", "2 items found; 2 lines kept as notes."),
}


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_import_summary_counts_in_the_singular_and_the_plural(qtbot, language, request):
    request.getfixturevalue("danish" if language == "da" else "english")
    one, two = IMPORT_SUMMARIES[language]
    dialog = ImportDialog("Program\n09.00-10.00 Velkomst\n", 8 * 60)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editor.setFocus()
    qtbot.waitUntil(dialog.editor.hasFocus)
    assert dialog.summary.text() == one
    dialog.editor.setPlainText("Program\nFormiddag\n09.00-10.00 Velkomst\n10.00-11.00 Oplæg\n")
    qtbot.waitUntil(lambda: dialog.summary.text() == two)
    assert dialog.editor.hasFocus()  # the summary follows the text as it is typed
