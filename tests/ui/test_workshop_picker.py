"""The workshop picker: new from a template, open, and delete only after confirmation."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from facilitator.services.bundle import Services
from facilitator.services.templates import available_templates
from facilitator.ui.change_feed import ChangeFeed
from facilitator.ui.workshop_picker import WORKSHOP_ID_ROLE, WorkshopPicker


def make_picker(qtbot: QtBot, services: Services, current: int | None) -> WorkshopPicker:
    picker = WorkshopPicker(services.workshops, services.templates, available_templates(), ChangeFeed(),
                            "da", current)
    qtbot.addWidget(picker)
    return picker


def test_new_workshop_from_a_template_is_created_and_chosen(qtbot: QtBot, services: Services,
                                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    picker = make_picker(qtbot, services, None)
    index = picker.template.findData("klyngeseminar")
    assert index > 0
    picker.template.setCurrentIndex(index)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Klyngeseminar 2027", True))
    with qtbot.waitSignal(picker.workshop_chosen) as chosen:
        picker.create()
    workshop = services.workshops.get(chosen.args[0])
    assert workshop.title == "Klyngeseminar 2027"
    assert services.setup.clusters(workshop.id)


def test_delete_asks_and_refuses_the_open_workshop(qtbot: QtBot, services: Services,
                                                   monkeypatch) -> None:  # type: ignore[no-untyped-def]
    keep, _ = services.workshops.create("Åben")
    drop, _ = services.workshops.create("Gammel")
    services.workshops.mark_opened(keep)
    picker = make_picker(qtbot, services, keep)
    informed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: informed.append(text))
    picker.list.setCurrentIndex(picker.model.index(0))  # the open one, listed first
    picker.delete_selected()
    assert informed and len(services.workshops.list()) == 2
    picker.list.setCurrentIndex(picker.model.index(1))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Cancel)
    picker.delete_selected()
    assert len(services.workshops.list()) == 2
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Yes)
    picker.delete_selected()
    assert [w.id for w in services.workshops.list()] == [keep]
    assert drop not in [w.id for w in services.workshops.list()]
    qtbot.waitUntil(lambda: picker.model.rowCount() == 1)


def test_connect_to_a_server_offers_the_recent_ones_and_emits_the_address(qtbot, services, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QInputDialog

    offered: list[list[str]] = []

    def get_item(_parent, _title, _label, items, _current, _editable):  # noqa: ANN001, ANN202
        offered.append(list(items))
        return " postgresql://facilitator@192.168.8.10:5432/temadag ", True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    picker = WorkshopPicker(services.workshops, services.templates, available_templates(), ChangeFeed(),
                            "da", None, servers=["postgresql://facilitator@venue:5432/sidste"])
    qtbot.addWidget(picker)
    with qtbot.waitSignal(picker.server_chosen) as chosen:
        picker.findChild(QPushButton, "connect").click()
    assert chosen.args == ["postgresql://facilitator@192.168.8.10:5432/temadag"]
    assert offered == [["postgresql://facilitator@venue:5432/sidste"]]


def _copying_picker(qtbot: QtBot, services: Services, monkeypatch) -> tuple[WorkshopPicker, list[str]]:  # noqa: ANN001
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    picker = WorkshopPicker(services.workshops, services.templates, available_templates(), ChangeFeed(),
                            "en", None, copies=services.copies)
    qtbot.addWidget(picker)
    picker.show()
    return picker, told


def test_put_on_the_server_copies_the_selected_workshop_there(qtbot: QtBot, services: Services, server_url: str,
                                                              monkeypatch) -> None:  # noqa: ANN001
    from facilitator.storage.database import open_store

    workshop_id, _ = services.templates.create_demo()
    picker, told = _copying_picker(qtbot, services, monkeypatch)
    assert picker.findChild(QPushButton, "copy_here") is None  # this is a file: nothing to take home
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: (server_url, True))
    picker.list.setFocus()
    picker.findChild(QPushButton, "put_on_server").click()
    assert told and "is copied to" in told[0]
    assert picker.isVisible() and picker.selected_id() == workshop_id
    server = open_store(server_url)
    try:
        (copied,) = Services.over(server).workshops.list()
        assert copied.title == services.workshops.get(workshop_id).title
    finally:
        server.close()


def test_save_a_copy_to_this_laptop_from_a_server_makes_the_file(qtbot: QtBot, server_url: str, tmp_path,
                                                                 monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QFileDialog

    from facilitator.storage.database import open_store

    server = open_store(server_url)
    try:
        services = Services.over(server)
        workshop_id, _ = services.workshops.create("Temadag på serveren")
        picker, told = _copying_picker(qtbot, services, monkeypatch)
        assert picker.findChild(QPushButton, "put_on_server") is None  # already on one
        home = tmp_path / "hjem" / "temadag.sqlite"
        home.parent.mkdir()
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(home), ""))
        picker.findChild(QPushButton, "copy_here").click()
        assert told and str(home) in told[0]
        assert picker.selected_id() == workshop_id
    finally:
        server.close()
    laptop = open_store(home)
    try:
        assert [w.title for w in Services.over(laptop).workshops.list()] == ["Temadag på serveren"]
    finally:
        laptop.close()


def test_the_chosen_workshop_stays_chosen_when_the_list_changes_elsewhere(qtbot: QtBot, services: Services) -> None:
    """Another station (or this window's own first commits, read back from the log) changes the
    workshops while the picker is open: the list is re-read, and the user's choice stays."""
    from facilitator.services.changes import Changes

    first, _ = services.workshops.create("Temadag A")
    services.workshops.create("Temadag B")
    feed = ChangeFeed()
    picker = WorkshopPicker(services.workshops, services.templates, available_templates(), feed, "da", None)
    qtbot.addWidget(picker)
    row = next(r for r in range(picker.model.rowCount()) if picker.model.index(r).data(WORKSHOP_ID_ROLE) == first)
    picker.list.setCurrentIndex(picker.model.index(row))
    services.workshops.create("Temadag C")  # listed first now: the rows move
    feed.changed.emit(Changes(workshops=True))
    assert picker.model.rowCount() == 3
    assert picker.selected_id() == first
    services.workshops.delete(first)
    feed.changed.emit(Changes(workshops=True))
    assert picker.model.rowCount() == 2 and picker.selected_id() is None  # gone: nothing chosen for the user
