"""Window-first start-up: the navigation and "opening…" are painted before the file is opened."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.app import FacilitatorApp
from facilitator.recent import remember_title, remembered_title
from facilitator.startup import EXIT_FAULT, Opening
from facilitator.ui.main_window import MainWindow
from facilitator.ui.setup.setup_view import SetupView

ROOT = Path(__file__).resolve().parents[2]


pytestmark = pytest.mark.usefixtures("danish")


def shell(qtbot: QtBot, title: str | None = None) -> MainWindow:
    window = MainWindow("da", title)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def test_the_first_paint_shows_navigation_title_and_opening_but_no_ready_screen(qtbot: QtBot) -> None:
    window = shell(qtbot, "Sundhedsaftale temadag")
    navigation = window.findChild(QListWidget, "navigation")
    assert [navigation.item(row).text() for row in range(navigation.count())] == [
        "Opsætning", "Program", "Afvikling", "Notater", "Referat"]
    assert window.windowTitle() == "Sundhedsaftale temadag — Facilitator"
    assert window.opening is not None and window.opening.isVisible()
    assert "Sundhedsaftale temadag" in window.opening.label.text() and "Åbner" in window.opening.label.text()
    assert not window.is_ready() and window.findChild(SetupView) is None
    actions = {action.text(): action.isEnabled() for action in window.findChildren(type(window.menuBar().actions()[0]))}
    assert actions["&Workshops…"] is False  # needs the open file: not offered before it is there
    assert actions["&Afslut"] is True
    assert window.focusWidget() is window.opening


def test_the_database_stack_is_not_imported_before_the_window_is_shown() -> None:
    code = ("import sys, facilitator.cli, facilitator.startup; "
            "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'docx', 'facilitator.app') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "[]"


def test_opening_imports_no_reader_or_writer_that_only_an_action_needs() -> None:
    """The programme readers and printer, Alembic and python-docx load when a programme is pasted,
    opened or saved, a file upgraded or a document written, not while the window opens."""
    code = ("import sys, facilitator.startup, facilitator.app; "
            "print(sorted(m for m in sys.modules if m.startswith(('alembic', 'docx', "
            "'facilitator.domain.programme.reader', 'facilitator.domain.agenda_import', "
            "'facilitator.export.programme_text', 'facilitator.ui.agenda.import_dialog'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "[]"


def test_opening_fills_the_sections_and_keys_typed_meanwhile_reach_the_first_field(
        qapp: QApplication, qtbot: QtBot, db_path: Path) -> None:
    window = shell(qtbot)
    qtbot.keyClicks(window.opening, "Hej")
    app = FacilitatorApp(qapp, QSettings(), "da", window)
    assert app.open_file(db_path)
    assert window.is_ready() and window.opening is None
    assert window.current_section() == "setup" and window.findChild(SetupView).isVisible()
    focused = window.focusWidget()
    assert isinstance(focused, QLineEdit) and window.findChild(SetupView).isAncestorOf(focused)
    assert "Hej" in focused.text()
    assert [a.isEnabled() for a in window.menuBar().actions()[0].menu().actions()][0] is True
    app.close_file()


def test_a_section_chosen_while_opening_is_the_one_shown_when_ready(qapp: QApplication, qtbot: QtBot,
                                                                     db_path: Path) -> None:
    window = shell(qtbot)
    navigation = window.findChild(QListWidget, "navigation")
    rect = navigation.visualItemRect(navigation.item(2))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.opening.isVisible()  # still opening: no section pretends to be there
    app = FacilitatorApp(qapp, QSettings(), "da", window)
    assert app.open_file(db_path)
    assert window.current_section() == "run"
    app.close_file()


def test_the_next_start_paints_the_last_workshops_title_for_the_same_file_only(
        qapp: QApplication, qtbot: QtBot, db_path: Path, tmp_path: Path) -> None:
    settings = QSettings()
    window = shell(qtbot)
    opening = Opening(qapp, settings, "da", window, db_path)
    qtbot.waitUntil(window.is_ready)
    assert remembered_title(settings, db_path) == window.windowTitle().removesuffix(" — Facilitator")
    assert remembered_title(settings, tmp_path / "other.sqlite") is None
    remember_title(settings, db_path, "Klyngeseminar")
    assert remembered_title(settings, db_path) == "Klyngeseminar"
    opening.close()


def test_a_fault_while_opening_is_told_and_ends_the_start_instead_of_opening_forever(
        qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: told.append(f"{title}: {text}"))
    monkeypatch.setattr(FacilitatorApp, "open_file", lambda self, path: 1 / 0)

    class Loop:
        codes: list[int] = []

        def exit(self, code: int) -> None:
            self.codes.append(code)

    loop = Loop()
    window = shell(qtbot)
    Opening(loop, QSettings(), "da", window, db_path).open()  # type: ignore[arg-type]
    assert loop.codes == [EXIT_FAULT]
    assert told and told[0].startswith("Facilitator kunne ikke starte: ") and "ZeroDivisionError" in told[0]


def _type_into_the_window(window: MainWindow, text: str) -> None:
    """Queue ``text`` as the window system does: to the window, for whichever widget has focus
    when the event loop next gets to it (not to a widget chosen now)."""
    handle = window.windowHandle()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.postEvent(handle, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_keys_typed_before_and_during_the_opening_step_all_reach_the_field_in_order(
        qapp: QApplication, qtbot: QtBot, db_path: Path) -> None:
    """The real start: keys before the first paint land on the opening page and are handed on;
    keys that arrive while the one opening step runs wait in the queue for the filled window."""
    window = MainWindow("da")
    qtbot.addWidget(window)
    window.opening.first_painted.connect(lambda: _type_into_the_window(window, "Du"))  # before opening
    opening = Opening(qapp, QSettings(), "da", window, db_path)
    window.show()
    window.activateWindow()
    _type_into_the_window(window, "Hej ")  # before the first paint
    qtbot.waitUntil(window.is_ready)
    qtbot.waitUntil(lambda: isinstance(window.focusWidget(), QLineEdit) and window.focusWidget().text().endswith("Du"))
    focused = window.focusWidget()
    assert window.findChild(SetupView).isAncestorOf(focused)
    assert "Hej Du" in focused.text()
    opening.close()
