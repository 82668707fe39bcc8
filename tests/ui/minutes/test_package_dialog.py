"""Prepare for sending: from the Minutes section, by keys, the draft opened in the mail program."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.services.reading import ReadingService
from facilitator.services.workshops import WorkshopService
from facilitator.ui.change_feed import ChangeFeed
from facilitator.ui.minutes.minutes_view import MinutesView
from facilitator.ui.minutes.package_dialog import PackageDialog, suggested_folder_name
from tests.minutes_seed import SeedWorkshop, seed_workshop  # noqa: F401  (fixture)


def make_view(qtbot: QtBot, seed: SeedWorkshop, opened: list[Path]) -> MinutesView:
    view = MinutesView(ReadingService(seed.store), WorkshopService(seed.store), ChangeFeed(),
                       open_file=lambda path: opened.append(path) or True)
    qtbot.addWidget(view)
    view.show_workshop(seed.workshop_id)
    view.show()
    return view


def test_the_package_is_written_and_its_draft_opened(qtbot: QtBot, seed_workshop: SeedWorkshop,  # noqa: F811
                                                     tmp_path: Path) -> None:
    opened: list[Path] = []
    view = make_view(qtbot, seed_workshop, opened)
    dialog = view.make_package_dialog()
    qtbot.addWidget(dialog)
    assert dialog.target.text().endswith("Temadag om sundhedsaftalen 2014-01-24")
    dialog.target.setText(str(tmp_path / "pakke"))
    with qtbot.waitSignal(dialog.written):
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    draft = tmp_path / "pakke" / "Referat Temadag om sundhedsaftalen, 24. januar 2014.eml"  # the workshop's words
    assert opened == [draft] and draft.is_file()
    assert "3 files" in dialog.status.text()
    assert "Slides fra oplægget" in dialog.status.text()  # a title with no file to send
    assert str(tmp_path / "pakke") in view.last_label.text()


def test_one_draft_per_cluster_opens_the_folder(qtbot: QtBot, seed_workshop: SeedWorkshop,  # noqa: F811
                                                tmp_path: Path) -> None:
    opened: list[Path] = []
    workshop = WorkshopService(seed_workshop.store).get(seed_workshop.workshop_id)
    from facilitator.export.minutes import MinutesOptions

    dialog = PackageDialog(ReadingService(seed_workshop.store), workshop, MinutesOptions(),
                           open_file=lambda path: opened.append(path) or True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.target.setText(str(tmp_path / "klynger"))
    dialog.to_clusters.setFocus()
    qtbot.keyClick(dialog.to_clusters, Qt.Key.Key_Space)
    assert dialog.to_clusters.isChecked()
    dialog.write()
    assert opened == [tmp_path / "klynger"]
    assert len(list((tmp_path / "klynger").glob("*.eml"))) == 5


def test_a_workshop_deleted_meanwhile_is_named_and_nothing_written(
        qtbot: QtBot, seed_workshop: SeedWorkshop, tmp_path: Path,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    from facilitator.export.minutes import MinutesOptions

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    workshop = WorkshopService(seed_workshop.store).get(seed_workshop.workshop_id)
    dialog = PackageDialog(ReadingService(seed_workshop.store), workshop, MinutesOptions(),
                           open_file=lambda path: True)
    qtbot.addWidget(dialog)
    WorkshopService(seed_workshop.store).delete(seed_workshop.workshop_id)  # by another window
    dialog.target.setText(str(tmp_path / "pakke"))
    assert dialog.write() is None
    assert warnings == [f"There is no workshop with number {seed_workshop.workshop_id} in this file."]
    assert not (tmp_path / "pakke").exists() and dialog.write_button.isEnabled()


def test_folder_names_are_safe() -> None:
    from dataclasses import replace

    from tests.reading_builders import workshop

    assert suggested_folder_name(replace(workshop('Dag 1/2: "Plan"?')), "Referat") == "Referat Dag 1 2 Plan 2026-03-07"
