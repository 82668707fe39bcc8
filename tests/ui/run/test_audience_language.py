"""What the room reads follows the workshop's language, not the interface's (issue 10 item 14).

Also the title screen's date and venue, and the chosen proposal on the timer of an
accept-criticise-offer item.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta, timezone

import pytest
from PySide6.QtWidgets import QApplication

from facilitator.domain.clock import ManualClock
from facilitator.domain.kinds import ProjectorMode
from facilitator.i18n import install_translators
from facilitator.services.run import RunService
from facilitator.storage.models import AgendaItem, Workshop
from facilitator.ui.change_feed import ChangeFeed, perform
from facilitator.ui.run.projector_board import BoardSources
from facilitator.ui.run.projector_stage import ProjectorStage
from facilitator.ui.run.slide import Layout, Screen, build_slide
from tests.capture_fixtures import World, world_fixture
from tests.run_support import DAY, seed_store

world = pytest.fixture(world_fixture)


@pytest.fixture
def run(tmp_path):  # noqa: ANN001, ANN201
    store, wid, ids = seed_store(tmp_path / "day.sqlite")
    with store.transaction() as session:
        workshop = session.get(Workshop, wid)
        workshop.venue, workshop.date = "Comwell Hvide Hus, Aalborg", dt.date(2018, 1, 30)
        session.get(AgendaItem, ids[2]).kind = "break"  # a break after the discussion
    clock = ManualClock(DAY + timedelta(hours=12, minutes=30))
    yield RunService(store, clock, tz=timezone.utc), clock, wid, ids, store
    store.close()


@pytest.fixture
def danish_interface(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "da")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def set_language(store, wid: int, language: str) -> None:  # noqa: ANN001
    with store.transaction() as session:
        session.get(Workshop, wid).language = language


def end_the_day(service: RunService, wid: int, ids: list[int]) -> None:
    for item_id in ids:
        service.start(wid, item_id)
    service.end(wid)


def test_a_danish_workshop_speaks_danish_on_an_english_interface(run):
    service, clock, wid, ids, store = run
    set_language(store, wid, "da")
    service.toggle(wid)
    clock.advance(60)
    talk = build_slide(service.state(wid), clock.now())
    assert talk.presenter == "v/ formandskabet"
    assert talk.next_up == "Næste: Drøftelse af udfordringsbillede"
    service.toggle(wid)
    assert build_slide(service.state(wid), clock.now()).paused_label == "Sat på pause"
    service.start(wid, ids[2])
    pause = build_slide(service.state(wid), clock.now())
    assert pause.layout is Layout.BREAK and pause.resume_at == "Vi fortsætter kl. 12.46"
    service.start(wid, ids[3])
    assert build_slide(service.state(wid), clock.now()).phase == "Oplæg · del 1 af 2"
    service.start(wid, ids[6])
    assert build_slide(service.state(wid), clock.now()).columns[0][0] == "Accepter"
    end_the_day(service, wid, ids)
    assert build_slide(service.state(wid), clock.now()).heading == "Tak for i dag"


def test_an_english_workshop_speaks_english_on_a_danish_interface(run, danish_interface):
    service, clock, wid, ids, store = run
    assert QApplication.translate("Projector", "Thank you for today") == "Tak for i dag"  # the UI is Danish
    set_language(store, wid, "en")
    service.toggle(wid)
    service.toggle(wid)
    talk = build_slide(service.state(wid), clock.now())
    assert talk.presenter == "by formandskabet" and talk.paused_label == "Paused"
    assert talk.next_up == "Next: Drøftelse af udfordringsbillede"
    service.start(wid, ids[2])
    assert build_slide(service.state(wid), clock.now()).resume_at == "We resume at 12:45"
    service.start(wid, ids[6])
    assert build_slide(service.state(wid), clock.now()).columns[2][0] == "Offer"
    end_the_day(service, wid, ids)
    assert build_slide(service.state(wid), clock.now()).heading == "Thank you for today"


def test_the_title_screen_shows_title_date_and_venue_in_the_workshops_language(run, danish_interface):
    service, clock, wid, ids, store = run
    title = build_slide(service.state(wid), clock.now(), Screen.LOGO)
    assert title.layout is Layout.LOGO and title.heading == "Temagruppe: Sundhedsaftalen"
    assert title.footer == "30. januar 2018 · Comwell Hvide Hus, Aalborg"
    set_language(store, wid, "en")
    assert build_slide(service.state(wid), clock.now(), Screen.LOGO).footer == (
        "30 January 2018 · Comwell Hvide Hus, Aalborg")


def test_the_title_screen_paints_its_date_and_venue(qtbot, run):
    from facilitator.ui.run.projector_view import ProjectorView

    service, clock, wid, ids, store = run
    view = ProjectorView()
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.set_slide(build_slide(service.state(wid), clock.now(), Screen.LOGO))
    view.grab()  # paints
    assert {"heading", "footer"} <= set(view.drawn)
    assert view.drawn["footer"].top() > view.drawn["heading"].bottom()


@pytest.fixture
def stage(qtbot, services, world: World):  # noqa: ANN001, ANN201
    feed = ChangeFeed()
    shown = ProjectorStage(BoardSources(services.capture, services.voting, services.aco, feed))
    qtbot.addWidget(shown)
    shown.resize(1920, 1080)
    shown.show()
    return shown, feed


def test_a_timer_only_aco_item_shows_the_chosen_proposal(stage, services, world: World):
    shown, feed = stage
    item = world.aco_item_id
    assert services.capture.item(item).projector_mode == ProjectorMode.TIMER
    first = services.aco.add_proposal(item, "Fælles sprog om borgerforløb")[0]
    second = services.aco.add_proposal(item, "Telemedicin i alle klynger")[0]
    run = RunService(world.store, ManualClock(DAY + timedelta(hours=12)), tz=timezone.utc)
    run.start(world.workshop_id, item)
    slide = build_slide(run.state(world.workshop_id), run.clock.now())
    assert slide.layout is Layout.ACO
    shown.set_slide(slide)
    assert shown.arrangement is ProjectorMode.TIMER
    assert shown.view.slide.proposal == "Fælles sprog om borgerforløb"  # nothing chosen: the first
    shown.set_proposal(second)
    assert shown.view.slide.proposal == "Telemedicin i alle klynger"
    assert perform(shown, feed, services.aco.rename_proposal, second, "Telemedicin i hver klynge")
    assert shown.view.slide.proposal == "Telemedicin i hver klynge"
    shown.view.grab()  # paints
    assert "proposal" in shown.view.drawn
    assert first != second


def test_the_boards_own_words_follow_the_workshop(stage, services, world: World):
    shown, feed = stage
    item = services.capture.item(world.group_item_id)
    assert perform(shown, feed, services.capture.set_projector_mode, item.id, ProjectorMode.WALL)
    live = replace(build_slide(None, DAY), layout=Layout.GROUP, item_id=item.id, item_kind=item.kind,
                   projector_mode=ProjectorMode.WALL)
    shown.set_slide(replace(live, language="da"))
    headings = [label.text() for label, _lines, _model in shown.board.wall.columns]
    assert headings[-1] == "Plenum"  # the interface is English here
    shown.set_slide(replace(live, language="en"))
    assert [label.text() for label, _l, _m in shown.board.wall.columns][-1] == "Plenary"
    aco = services.capture.item(world.aco_item_id)
    assert perform(shown, feed, services.capture.set_projector_mode, aco.id, ProjectorMode.BOTH)
    services.aco.add_proposal(aco.id, "Fælles sprog om borgerforløb")
    shown.set_slide(replace(live, layout=Layout.ACO, item_id=aco.id, item_kind=aco.kind,
                            projector_mode=ProjectorMode.BOTH, language="da"))
    assert [h.text() for h in shown.board.aco.headings] == ["Accepter", "Kritiser", "Tilbyd"]
