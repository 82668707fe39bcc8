"""The export dialog and the Minutes section, driven like a user would."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.services.reading import ReadingService
from facilitator.services.workshops import WorkshopService
from facilitator.ui.minutes.export_dialog import ExportDialog, suggested_file_name
from tests.minutes_seed import SeedWorkshop, seed_workshop  # noqa: F401  (fixture)


class Opener:
    """Stands in for the desktop's "open with Word" so tests do not launch programs."""

    def __init__(self) -> None:
        self.opened: list[Path] = []

    def __call__(self, path: Path) -> bool:
        self.opened.append(path)
        return True


def make_dialog(qtbot: QtBot, seed: SeedWorkshop, opener: Opener) -> ExportDialog:
    workshop = WorkshopService(seed.store).get(seed.workshop_id)
    dialog = ExportDialog(ReadingService(seed.store), workshop, open_file=opener)
    qtbot.addWidget(dialog)
    return dialog


def test_export_with_options_and_open_the_file(qtbot: QtBot, seed_workshop: SeedWorkshop,  # noqa: F811
                                               tmp_path: Path) -> None:
    opener = Opener()
    dialog = make_dialog(qtbot, seed_workshop, opener)
    assert dialog.language.currentData() == "da"  # the workshop's language
    assert dialog.target.text().endswith("Temadag om sundhedsaftalen - Minutes.docx")
    target = tmp_path / "referat.docx"
    dialog.target.setText(str(target))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.emails.setChecked(False)
    with qtbot.waitSignal(dialog.exported) as signal:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert signal.args == [str(target)] and opener.opened == [target]
    assert dialog.progress.value() == dialog.progress.maximum() > 1
    assert str(target) in dialog.status.text()
    document = docx.Document(str(target))
    assert [p.text for p in document.paragraphs if p.style.name == "Subtitle"] == ["Minutes"]
    assert not any("um@rebild.dk" in p.text for p in document.paragraphs)


def test_read_only_target_is_explained_and_kept(qtbot: QtBot, seed_workshop: SeedWorkshop,  # noqa: F811
                                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    opener = Opener()
    dialog = make_dialog(qtbot, seed_workshop, opener)
    target = tmp_path / "referat.docx"
    target.write_bytes(b"sent yesterday")
    target.chmod(0o444)
    dialog.target.setText(str(target))
    dialog.open_when_done.setChecked(False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and str(target) in warnings[0] and "read-only" in warnings[0]
    assert target.read_bytes() == b"sent yesterday" and opener.opened == []
    assert dialog.export_button.isEnabled()


def test_a_workshop_deleted_meanwhile_is_named_and_nothing_written(
        qtbot: QtBot, seed_workshop: SeedWorkshop, tmp_path: Path,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    dialog = make_dialog(qtbot, seed_workshop, Opener())
    WorkshopService(seed_workshop.store).delete(seed_workshop.workshop_id)  # by another window
    dialog.target.setText(str(tmp_path / "referat.docx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert warnings == [f"There is no workshop with number {seed_workshop.workshop_id} in this file."]
    assert not (tmp_path / "referat.docx").exists() and dialog.export_button.isEnabled()


def test_blank_file_name_asks_for_one(qtbot: QtBot, seed_workshop: SeedWorkshop) -> None:  # noqa: F811
    dialog = make_dialog(qtbot, seed_workshop, Opener())
    dialog.target.setText("  ")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Choose a file name for the minutes."


def test_suggested_name_drops_characters_windows_forbids(seed_workshop: SeedWorkshop) -> None:  # noqa: F811
    workshop = WorkshopService(seed_workshop.store).get(seed_workshop.workshop_id)
    assert suggested_file_name(replace(workshop, title='Dag 1/2: "Plan"?'), "Referat") == "Dag 1 2 Plan - Referat.docx"
    assert suggested_file_name(replace(workshop, title=" ... "), "Referat") == "Workshop - Referat.docx"


