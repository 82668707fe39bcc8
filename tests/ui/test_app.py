"""Start-up: a first start shows the demo; edits survive a restart; bad files are explained."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.app import FacilitatorApp
from facilitator.ui.capture.capture_view import CaptureView
from facilitator.ui.run.console import RunConsole
from facilitator.ui.setup.cluster_model import NAME
from facilitator.ui.setup.setup_view import SetupView


def start(qapp: QApplication, path: Path) -> FacilitatorApp:
    app = FacilitatorApp(qapp, QSettings(), "da")
    assert app.open_file(path)
    return app


def setup_view(app: FacilitatorApp) -> SetupView:
    assert app.window is not None
    view = app.window.findChild(SetupView)
    assert view is not None
    return view


def test_first_start_opens_the_demo_and_cluster_edits_survive_a_restart(qapp: QApplication, qtbot: QtBot,
                                                                         db_path: Path) -> None:
    app = start(qapp, db_path)
    window = app.window
    assert window is not None and window.isVisible()
    assert "Sundhedsaftale" in window.windowTitle() or window.windowTitle().endswith("Facilitator")
    view = setup_view(app)
    model = view.clusters.model
    names = [model.index(row, NAME).data() for row in range(model.rowCount())]
    assert names == ["Klynge Syd", "Klynge Nord", "Klynge Midt", "Klynge Vest"]
    assert model.setData(model.index(0, NAME), "Klynge Sydvest")
    app.close_file()

    again = start(qapp, db_path)
    model = setup_view(again).clusters.model
    assert model.index(0, NAME).data() == "Klynge Sydvest"
    assert again.services is not None and len(again.services.workshops.list()) == 1  # no second demo
    again.close_file()


def test_a_file_that_is_not_a_workshop_is_explained_and_kept(qapp: QApplication, tmp_path: Path,
                                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(f"{title}: {text}"))
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database", encoding="utf-8")
    app = FacilitatorApp(qapp, QSettings(), "en")
    assert not app.open_file(path)
    assert shown and shown[0].startswith("Not opened: ") and "not a Facilitator workshop file" in shown[0]
    assert path.read_text(encoding="utf-8") == "not a database"
    assert app.window is None


def test_capture_follows_the_run_and_the_projector_shows_the_chosen_proposal(qapp: QApplication, qtbot: QtBot,
                                                                            db_path: Path) -> None:
    app = start(qapp, db_path)
    assert app.window is not None and app.services is not None
    console = app.window.findChild(RunConsole)
    capture = app.window.findChild(CaptureView)
    assert console is not None and capture is not None
    items = app.services.capture.items(app.window.workshop_id)
    aco = next(item for item in items if item.kind == "aco")
    console.jump(items.index(aco))
    assert capture.item_id() == aco.id  # the capture screen moved with the run
    assert app.services.aco.add_proposal(aco.id, "Fælles kompetenceforløb")[0] is not None
    app.window.show_section("capture")
    both = capture.projector_box.findData("both")
    capture.projector_box.setCurrentIndex(both)
    capture.projector_box.activated.emit(both)
    capture.aco.reload()
    qtbot.waitUntil(lambda: capture.aco.proposals.rowCount() == 2)
    capture.aco.select_proposal(1)
    board = console.preview.board
    assert board is not None and board.kind().value == "aco"
    assert board.proposal_id == capture.aco.current_proposal() == app.services.aco.proposals(aco.id)[1].id
    app.close_file()
