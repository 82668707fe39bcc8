"""What another process commits to an open SQLite file appears in the open window by itself."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.app import FacilitatorApp
from facilitator.ui.agenda.agenda_view import AgendaView
from facilitator.ui.capture.capture_view import CaptureView
from facilitator.ui.run.console import RunConsole

ROOT = Path(__file__).resolve().parents[2]
# Another process puts the item on the wall, starts it and adds a line to a cluster's list.
RUN_AND_ADD = """
import sys
from facilitator.services.bundle import Services
from facilitator.storage.database import open_store
store = open_store(sys.argv[1], exclusive=False, create=False)
services = Services.over(store)
workshop_id, item_id, cluster_id = (int(arg) for arg in sys.argv[2:5])
services.capture.set_projector_mode(item_id, "wall")
services.run.start(workshop_id, item_id)
services.capture.add_contribution(item_id, cluster_id, sys.argv[5])
store.close()
"""


def _facilitator(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "facilitator", "--lang", "en", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def _open(qapp: QApplication, path: Path) -> FacilitatorApp:
    app = FacilitatorApp(qapp, QSettings(), "da")
    assert app.open_file(path)
    return app


def test_import_agenda_into_the_open_file_appears_in_the_open_window(qapp: QApplication, qtbot: QtBot,
                                                                      db_path: Path, tmp_path: Path) -> None:
    app = _open(qapp, db_path)
    try:
        assert app.window is not None and app.services is not None
        workshop_id = app.window.workshop_id
        assert workshop_id is not None
        agenda = app.window.findChild(AgendaView)
        capture = app.window.findChild(CaptureView)
        assert agenda is not None and capture is not None
        before = agenda.model.rowCount()
        programme = tmp_path / "eftermiddag.txt"
        programme.write_text("15.00-15.20: Kaffe og kage\n15.20-15.45: Næste skridt\n", encoding="utf-8")
        result = _facilitator("--db", str(db_path), "import-agenda", "--workshop", str(workshop_id), str(programme))
        assert result.returncode == 0, result.stderr
        qtbot.waitUntil(lambda: agenda.model.rowCount() == before + 2, timeout=5000)
        titles = [capture.item_box.itemText(i) for i in range(capture.item_box.count())]
        assert any(t.endswith("Kaffe og kage") for t in titles) and any(t.endswith("Næste skridt") for t in titles)
    finally:
        app.close_file()


def test_a_line_and_a_start_from_another_process_appear_in_capture_console_and_wall(
    qapp: QApplication, qtbot: QtBot, db_path: Path
) -> None:
    app = _open(qapp, db_path)
    try:
        assert app.window is not None and app.services is not None
        services = app.services
        workshop_id = app.window.workshop_id
        assert workshop_id is not None
        capture = app.window.findChild(CaptureView)
        console = app.window.findChild(RunConsole)
        assert capture is not None and console is not None
        group = next(i for i in services.capture.items(workshop_id) if i.kind == "group_work")
        cluster_id = services.setup.clusters(workshop_id)[0].id
        capture.set_item(group.id)
        panel = next(p for p in capture.contributions.panels if p.capture_list.cluster_id == cluster_id)
        rows = panel.model.rowCount()
        text = "Linje fra den anden station"
        other = subprocess.run(
            [sys.executable, "-c", RUN_AND_ADD, str(db_path), str(workshop_id), str(group.id), str(cluster_id), text],
            cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert other.returncode == 0, other.stderr
        qtbot.waitUntil(lambda: panel.model.rowCount() == rows + 1, timeout=5000)
        assert panel.model.data(panel.model.index(rows)).endswith(text)
        qtbot.waitUntil(lambda: console.state is not None and console.state.current() is not None
                        and console.state.current().item.id == group.id, timeout=5000)
        app.window.show_section("run")  # a wall on a page not shown reads when it is shown
        board = console.preview.board
        assert board is not None
        qtbot.waitUntil(lambda: board.wall.item_id == group.id, timeout=5000)
        walls = [model for _label, _view, model in board.wall.columns if model.cluster_id == cluster_id]
        assert walls and walls[0].data(walls[0].index(walls[0].rowCount() - 1)).endswith(text)
    finally:
        app.close_file()
