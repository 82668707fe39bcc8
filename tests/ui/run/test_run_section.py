"""The Run section inside the real main window, over the bundled demo workshop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.app import FacilitatorApp
from facilitator.domain.countdown import TimerStatus
from facilitator.ui.run.console import RunConsole


def test_run_section_runs_the_demo_and_closes_its_projector_with_the_file(
    qapp: QApplication, qtbot: QtBot, db_path: Path
) -> None:
    app = FacilitatorApp(qapp, QSettings(), "en")
    assert app.open_file(db_path)
    assert app.window is not None and "run" in app.window.section_keys()
    app.window.show_section("run")
    console = app.window.findChild(RunConsole)
    assert console is not None and console.state is not None
    assert console.state.items  # the demo's programme
    console.actions_by_key["toggle"].trigger()
    assert console.state.current().timer.view().status is TimerStatus.RUNNING
    console.actions_by_key["projector"].trigger()
    projector = console.projector
    assert projector is not None and projector.isVisible()
    app.close_file()
    qtbot.waitUntil(lambda: not any(w.isVisible() for w in QApplication.topLevelWidgets()))
