"""The Plan section inside the app: the demo's agenda, exports and opening a text file from the GUI."""

from __future__ import annotations

from pathlib import Path

import pytest

from docx import Document
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from facilitator.app import FacilitatorApp
from facilitator.domain.programme.reader import parse
from facilitator.ui.agenda.agenda_model import END, START, TITLE
from facilitator.ui.agenda.agenda_view import AgendaView
from facilitator.ui.agenda.import_dialog import ImportDialog


pytestmark = pytest.mark.usefixtures("danish")


def plan_view(qapp: QApplication, db_path: Path) -> tuple[FacilitatorApp, AgendaView]:
    app = FacilitatorApp(qapp, QSettings(), "da")
    assert app.open_file(db_path)
    assert app.window is not None
    app.window.show_section("plan")
    view = app.window.findChild(AgendaView)
    assert view is not None and view.isVisible()
    return app, view


def test_plan_section_shows_the_demo_agenda_in_danish(qapp, qtbot, db_path):
    app, view = plan_view(qapp, db_path)
    assert app.window.section_keys()[:2] == ["setup", "plan"]
    assert view.model.rowCount() > 0
    assert view.model.headerData(2, Qt.Orientation.Horizontal) == "Slut"
    for row in range(1, view.model.rowCount()):
        if not view.model.scheduled(row).pinned:
            assert view.model.index(row, START).data() == view.model.index(row - 1, END).data()
    app.close_file()


def test_handout_script_and_text_exports_from_the_gui(qapp, qtbot, db_path, tmp_path, monkeypatch):
    app, view = plan_view(qapp, db_path)
    targets = iter([str(tmp_path / "program"), str(tmp_path / "drejebog.docx"), str(tmp_path / "program.txt")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (next(targets), ""))
    view.export_word(False)
    view.export_word(True)
    view.export_text()
    handout = Document(str(tmp_path / "program.docx"))
    first_title = view.model.index(0, TITLE).data()
    assert first_title in [cell.text for cell in handout.tables[0].columns[1].cells]
    script = "\n".join(p.text for p in Document(str(tmp_path / "drejebog.docx")).paragraphs)
    assert "Drejebog" in script
    items = parse((tmp_path / "program.txt").read_text(encoding="utf-8")).programme.items
    assert [i.title for i in items] == [view.model.item(r).title for r in range(view.model.rowCount())]
    assert "program.txt" in view.message.text()
    app.close_file()


def test_export_into_a_missing_folder_is_explained(qapp, qtbot, db_path, tmp_path, monkeypatch):
    app, view = plan_view(qapp, db_path)
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(tmp_path / "gone" / "p.docx"), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    view.export_word(False)
    assert shown and "gone" in shown[0]
    app.close_file()


def test_open_text_file_previews_then_adds(qapp, qtbot, db_path, tmp_path, monkeypatch):
    app, view = plan_view(qapp, db_path)
    before = view.model.rowCount()
    source = tmp_path / "program.txt"
    source.write_bytes("09.00-09.30 Morgenkaffe\n09.30-10.00 Velkomst v/ Åse\n".encode("cp1252"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(source), ""))
    seen: list[str] = []

    def accept(dialog: ImportDialog) -> int:
        seen.append(dialog.summary.text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", accept)
    view.open_programme()
    assert seen == ["2 punkter fundet; 0 linjer gemt som noter."]
    assert view.model.rowCount() == before + 2
    assert view.model.item(before + 1).presenter == "Åse"
    assert view.current_row() == before
    app.close_file()


def test_undo_history_is_per_workshop(qapp, qtbot, db_path):
    app, view = plan_view(qapp, db_path)
    view.insert_below()
    assert view.editor.stack.canUndo()
    new_id, _ = app.services.workshops.create("Anden workshop")
    app.show_workshop(new_id)
    assert not view.editor.stack.canUndo()
    assert view.model.rowCount() == 0
    view.insert_below()
    assert view.model.rowCount() == 1
    app.close_file()
