"""What the projector shows for each kind of item and each state."""

from __future__ import annotations

from datetime import timedelta, timezone

import pytest

from facilitator.domain.clock import ManualClock
from facilitator.domain.countdown import Tone
from facilitator.services.run import RunService
from facilitator.storage.models import AgendaItem, Workshop
from facilitator.ui.run.slide import Layout, Screen, build_slide, clock_text
from tests.run_support import DAY, GROUP_PROMPT, seed_store


@pytest.fixture
def run(tmp_path):
    """Seed 000 as an English workshop: the projector speaks the workshop's language."""
    store, wid, ids = seed_store(tmp_path / "day.sqlite")
    with store.transaction() as session:
        session.get(Workshop, wid).language = "en"
    clock = ManualClock(DAY + timedelta(hours=12, minutes=30))
    yield RunService(store, clock, tz=timezone.utc), clock, wid, ids, store
    store.close()


def slide(service, clock, wid, screen=Screen.LIVE):
    return build_slide(service.state(wid), clock.now(), screen)


def test_presentation_shows_title_presenter_countdown_and_next(run):
    service, clock, wid, ids, _ = run
    waiting = slide(service, clock, wid)
    assert waiting.waiting and waiting.countdown == "20:00" and waiting.progress == 0
    service.toggle(wid)
    clock.advance(5 * 60)
    shown = slide(service, clock, wid)
    assert shown.layout is Layout.TIMER
    assert shown.heading.startswith("Oplæg om de overordnede rammer")
    assert shown.presenter == "by formandskabet"
    assert shown.countdown == "15:00" and shown.progress == pytest.approx(0.25)
    assert shown.next_up == "Next: Drøftelse af udfordringsbillede"


def test_group_work_phase_shows_the_question_and_its_own_countdown(run):
    service, clock, wid, ids, _ = run
    service.start(wid, ids[3])
    first = slide(service, clock, wid)
    assert first.layout is Layout.TIMER  # the phase "oplæg" is a presentation
    assert first.phase == "Oplæg · part 1 of 2"
    clock.advance(10 * 60)  # the first phase's deadline: the second starts by itself
    second = slide(service, clock, wid)
    assert second.layout is Layout.GROUP
    assert second.phase == "Gruppearbejde · part 2 of 2"
    assert second.prompts == (GROUP_PROMPT,)
    assert second.countdown == "20:00"


def test_accept_criticise_offer_shows_three_columns(run):
    service, clock, wid, ids, _ = run
    service.start(wid, ids[6])
    shown = slide(service, clock, wid)
    assert shown.layout is Layout.ACO
    assert [name for name, _ in shown.columns] == ["Accept", "Criticise", "Offer"]


def test_break_shows_when_we_resume(run):
    service, clock, wid, ids, store = run
    with store.transaction() as session:
        item = session.get(AgendaItem, ids[2])
        item.kind, item.title = "break", "Pause"
    service.start(wid, ids[2])  # at 12.30, fifteen minutes
    shown = slide(service, clock, wid)
    assert shown.layout is Layout.BREAK
    assert shown.resume_at == "We resume at 12:45"
    service.extend(wid, 5)
    assert slide(service, clock, wid).resume_at == "We resume at 12:50"


def test_warning_and_overtime_tones(run):
    service, clock, wid, ids, _ = run
    service.toggle(wid)
    clock.advance(18 * 60 + 30)
    assert slide(service, clock, wid).tone is Tone.WARNING
    clock.advance(4 * 60 + 42)
    shown = slide(service, clock, wid)
    assert shown.tone is Tone.OVERTIME and shown.countdown == "+03:12"


def test_black_logo_and_done_screens(run):
    service, clock, wid, ids, _ = run
    assert slide(service, clock, wid, Screen.BLACK).layout is Layout.BLACK
    logo = slide(service, clock, wid, Screen.LOGO)
    assert (logo.layout, logo.heading) == (Layout.LOGO, "Temagruppe: Sundhedsaftalen")
    for item_id in ids:
        service.skip(wid, item_id)
    done = slide(service, clock, wid)
    assert done.layout is Layout.DONE and done.heading == "Thank you for today"


def test_clock_text_wraps_past_midnight():
    assert clock_text(15 * 60 + 37) == "15:37"
    assert clock_text(24 * 60 + 5) == "0:05"
