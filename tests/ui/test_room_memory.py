"""What the room looked like comes back at the next start (in process; the kill -9 case is in
tests/integration/test_room_restore.py)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from facilitator.app import FacilitatorApp
from tests.ui.app_support import console_of, focused, main_window, start_app


def restart(qapp, qtbot, app: FacilitatorApp, db_path) -> FacilitatorApp:  # noqa: ANN001
    app.close_file()
    again = FacilitatorApp(qapp, QSettings(), "en")
    assert again.open_file(db_path)
    return again


def test_a_projector_closed_by_the_user_stays_closed_and_one_left_open_reopens(qapp, qtbot, db_path):
    app = start_app(qapp, qtbot, db_path)
    main_window(app).show_section("run")
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_F5)  # open
    app = restart(qapp, qtbot, app, db_path)
    assert main_window(app).current_section() == "run"
    projector = console_of(app).projector
    assert projector is not None and projector.isVisible()
    console_of(app).toggle_projector()  # closed by the user (F5)
    app = restart(qapp, qtbot, app, db_path)
    assert main_window(app).current_section() == "run"
    assert console_of(app).projector is None
    app.close_file()


def test_outside_a_run_the_window_opens_on_the_section_it_was_left_on(qapp, qtbot, db_path):
    app = start_app(qapp, qtbot, db_path)
    main_window(app).show_section("minutes")
    app = restart(qapp, qtbot, app, db_path)
    assert main_window(app).current_section() == "minutes"
    assert console_of(app).projector is None
    app.close_file()
