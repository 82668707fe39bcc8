"""The issue's "done when": two phones and the app run a group-work item together.

The whole app (offscreen) with the demo workshop; its table scribes' server on loopback; two
headless Chromium phones for Klynge Syd and Klynge Nord; the projector's wall shows both tables'
lists as they are typed; the exported minutes hold every line, in order, under its cluster.
"""

from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.app import FacilitatorApp
from facilitator.domain.kinds import ItemKind, ProjectorMode
from facilitator.ui.run.console import RunConsole
from tests.browser_support import phone_page

SYD = ["Sammenhængende forløb for borgere med kronisk sygdom", "Fælles sprog om rehabilitering",
       "Data, der følger borgeren"]
NORD = ["Rekruttering i yderområderne", "Fælles akutfunktion", "Telemedicin i hjemmet"]


def _type(page, lines: list[str], sub_second: bool) -> None:  # noqa: ANN001
    for index, text in enumerate(lines):
        page.set_checked("#sub", sub_second and index == 1)
        page.fill("#text", text)
        page.press("#text", "Enter")
    page.wait_for_function(
        "n => document.querySelectorAll('li.own').length === n && !document.querySelector('li.pending')",
        arg=len(lines))


def test_two_tables_and_the_app_run_a_group_work_item(qapp: QApplication, qtbot: QtBot, db_path: Path,
                                                      tmp_path: Path, browser) -> None:
    app = FacilitatorApp(qapp, QSettings(), "da")
    assert app.open_file(db_path)
    services, window, host = app.services, app.window, app.scribes
    assert services is not None and window is not None and host is not None
    workshop_id = window.workshop_id
    item = [i for i in services.capture.items(workshop_id) if i.kind == ItemKind.GROUP_WORK][-1]
    services.capture.set_projector_mode(item.id, ProjectorMode.WALL)
    console = window.findChild(RunConsole)
    services.run.start(workshop_id, item.id)  # as Enter on the item in the console would
    console.reload()
    console.toggle_projector()  # F5: the projector shows the wall of the running item
    site = host.start(workshop_id, "da", "127.0.0.1", 0)
    assert site.server.wait_started()
    cards = {card.cluster_name: card for card in site.cards()}
    syd = phone_page(browser, cards["Klynge Syd"].url)
    nord = phone_page(browser, cards["Klynge Nord"].url)
    for page in (syd, nord):
        page.wait_for_selector("#work:not([hidden])")
        assert page.inner_text("#item-title") == item.title
    _type(syd, SYD, sub_second=True)
    _type(nord, NORD, sub_second=False)

    wall = console.projector.stage.board.wall

    def shown(cluster: str) -> list[str]:
        """The wall's lines of one cluster, as the room reads them."""
        return next(([str(model.data(model.index(row))) for row in range(model.rowCount())]
                     for label, _view, model in wall.columns if label.text() == cluster), [])

    def on_the_wall() -> bool:
        return all(any(text in line for line in shown("Klynge Syd")) for text in SYD) and all(
            any(text in line for line in shown("Klynge Nord")) for text in NORD)

    qtbot.waitUntil(on_the_wall, timeout=5000)
    assert console.projector.isVisible() and console.projector.stage.board.isVisible()
    tail = shown("Klynge Syd")[-3:]  # the second line went in as a sub-point of the first
    assert tail[0].endswith(f". {SYD[0]}") and tail[1] == f"      · {SYD[1]}" and tail[2].endswith(f". {SYD[2]}")
    assert [line.split(". ", 1)[-1].strip(" ·") for line in shown("Klynge Nord")[-3:]] == NORD
    assert syd.errors == [] and nord.errors == []

    from docx import Document

    from facilitator.export.minutes import export_minutes

    target = tmp_path / "referat.docx"
    export_minutes(services.reading.read(workshop_id), target)
    paragraphs = [p.text for p in Document(str(target)).paragraphs]
    heading = next(i for i, text in enumerate(paragraphs) if item.title in text)
    after = paragraphs[heading:]
    positions = [next(i for i, text in enumerate(after) if text.strip() == line) for line in SYD + NORD]
    assert positions == sorted(positions)  # every line, in the order typed, Syd's list before Nord's
    syd_heading = next(i for i, text in enumerate(after) if text.startswith("Klynge Syd"))
    nord_heading = next(i for i, text in enumerate(after) if text.startswith("Klynge Nord"))
    assert syd_heading < positions[0] < positions[2] < nord_heading < positions[3]

    address = site.address
    app.close_file()  # the workshop closes: the tables' server stops with it
    assert host.site is None
    host_name, port = address.split(":")
    with socket.socket() as probe:
        assert probe.connect_ex((host_name, int(port))) != 0
