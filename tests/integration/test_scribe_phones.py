"""Two tables' phones in real (headless) Chromium against the scribe server on loopback."""

from __future__ import annotations

import pytest

from facilitator.domain.kinds import ContributionOrigin
from facilitator.scribes.limits import Limits, Rate
from facilitator.services.bundle import Services
from facilitator.storage.models import AgendaItem, Cluster
from tests.browser_support import list_texts, phone_page
from tests.capture_fixtures import build_world
from tests.scribe_support import GENEROUS, running_site

QUESTION = "Hvad er de vigtigste mål for jeres kommune?"


@pytest.fixture
def world(store):
    made = build_world(store)
    with store.transaction() as session:
        session.get(AgendaItem, made.group_item_id).prompts = QUESTION
    Services.over(store).run.start(made.workshop_id, made.group_item_id)
    return made


@pytest.fixture
def running(world):
    with running_site(world) as value:
        yield value


def _add(page, text: str, sub: bool = False) -> None:  # noqa: ANN001
    page.set_checked("#sub", sub)
    page.fill("#text", text)
    page.press("#text", "Enter")


def _settled(page, count: int) -> None:  # noqa: ANN001
    """Wait until ``count`` lines show and none is waiting to be saved."""
    page.wait_for_function(
        "n => document.querySelectorAll('li.line').length === n && !document.querySelector('li.pending')",
        arg=count)


def test_two_tables_join_write_edit_delete_and_see_only_their_own(browser, running, world):
    syd = phone_page(browser, running.site.cards()[0].url)
    nord = phone_page(browser, running.site.cards()[1].url)
    for page, name in ((syd, "Klynge Syd"), (nord, "Klynge Nord")):
        page.wait_for_selector("#work:not([hidden])")
        assert page.inner_text("#table") == name
        assert page.inner_text("#item-title") == "Målsætninger"
        assert QUESTION in page.inner_text("#prompts")
        assert page.evaluate("location.hash") == ""  # the code left the address bar
    _add(syd, "Bedre overgange mellem sygehus og kommune")
    _add(syd, "Fælles udskrivningsplan", sub=True)
    _add(syd, "Slettes igen")
    _add(nord, "Flere praktiserende læger 😀")
    _settled(syd, 3)
    _settled(nord, 1)
    assert list_texts(syd) == ["1. Bedre overgange mellem sygehus og kommune", "– Fælles udskrivningsplan",
                               "2. Slettes igen"]
    assert list_texts(nord) == ["1. Flere praktiserende læger 😀"]

    first = syd.locator("li.line").nth(0)
    first.locator("button.edit").click()
    syd.fill("li.editing textarea", "Bedre overgange mellem sygehus, kommune og almen praksis")
    syd.click("li.editing button.primary")
    syd.once("dialog", lambda dialog: dialog.accept())
    syd.locator("li.line").nth(2).locator("button.edit").click()
    syd.click("li.editing button.danger")
    _settled(syd, 2)
    assert list_texts(syd) == ["1. Bedre overgange mellem sygehus, kommune og almen praksis",
                               "– Fælles udskrivningsplan"]
    nord.wait_for_timeout(2500)  # a poll later, Nord still sees only its own line
    assert list_texts(nord) == ["1. Flere praktiserende læger 😀"]
    capture = Services.over(world.store).capture
    assert [(line.text, line.origin) for line in capture.lines(world.group_item_id, world.cluster_ids[0])] == [
        ("Bedre overgange mellem sygehus, kommune og almen praksis", ContributionOrigin.TABLE),
        ("Fælles udskrivningsplan", ContributionOrigin.TABLE),
    ]
    assert syd.inner_text("#state").endswith("Forbundet")
    assert syd.errors == [] and nord.errors == []


def test_lines_typed_on_the_laptop_show_on_the_phone_but_are_not_its_own(browser, running, world):
    page = phone_page(browser, running.site.cards()[0].url)
    page.wait_for_selector("#work:not([hidden])")
    Services.over(world.store).capture.add_contribution(world.group_item_id, world.cluster_ids[0], "Fra referenten")
    page.wait_for_selector("li.line")  # the next poll brings it
    assert list_texts(page) == ["1. Fra referenten"]
    assert page.locator("li.line button.edit").count() == 0


def test_a_phone_offline_keeps_its_lines_and_sends_them_once(browser, running, world):
    page = phone_page(browser, running.site.cards()[2].url)
    page.wait_for_selector("#work:not([hidden])")
    page.context.set_offline(True)
    for text in ("Kept one", "Kept two", "Kept three"):
        _add(page, text)
    page.wait_for_function("() => document.getElementById('state').className === 'offline'")
    assert "Ikke forbundet" in page.inner_text("#state")
    assert page.locator("li.pending").count() == 3
    assert running.stored() == []
    page.wait_for_timeout(3000)  # several failed polls and retries while offline
    page.context.set_offline(False)
    _settled(page, 3)
    texts = [row.text for row in running.stored()]
    assert texts == ["Kept one", "Kept two", "Kept three"]


def test_kept_lines_survive_closing_the_page(browser, running, world):
    page = phone_page(browser, running.site.cards()[3].url)
    page.wait_for_selector("#work:not([hidden])")
    context = page.context
    context.set_offline(True)
    _add(page, "Written in a dead spot")
    page.wait_for_selector("li.pending")
    page.close()
    context.set_offline(False)
    again = context.new_page()
    again.goto(running.base + "/")
    again.wait_for_function("() => document.querySelector('li.line') && !document.querySelector('li.pending')")
    assert [row.text for row in running.stored()] == ["Written in a dead spot"]


def test_a_lost_answer_does_not_store_a_line_twice(browser, running, world):
    """The laptop stored the line but its answer never reached the phone: it sends again, once stored."""
    page = phone_page(browser, running.site.cards()[0].url)
    page.wait_for_selector("#work:not([hidden])")
    dropped: list[str] = []

    def lose_first_answer(route, request):  # noqa: ANN001
        if request.method == "POST" and not dropped:
            route.fetch()  # it reaches the laptop and is stored…
            dropped.append(request.post_data or "")
            route.abort("connectionreset")  # …but the phone never hears back
        else:
            route.continue_()

    page.route("**/api/lines", lose_first_answer)
    _add(page, "Only once")
    _settled(page, 1)
    assert dropped and [row.text for row in running.stored()] == ["Only once"]


def test_a_revoked_phone_is_told_in_words_and_keeps_its_text(browser, running, world):
    page = phone_page(browser, running.site.cards()[0].url)
    page.wait_for_selector("#work:not([hidden])")
    running.site.reissue(world.cluster_ids[0])
    page.wait_for_selector("#join:not([hidden])")
    assert "Scan jeres bords QR-kode igen" in page.inner_text("#notice")
    page.fill("#code", running.site.cards()[0].code.lower())  # typed by hand, in lower case
    page.click("#join-form button")
    page.wait_for_selector("#work:not([hidden])")
    assert page.inner_text("#table") == "Klynge Syd"


def test_a_wrong_code_is_said_in_words(browser, running):
    page = phone_page(browser, running.base + "/")
    page.wait_for_selector("#join:not([hidden])")
    assert page.is_hidden("#notice")  # a first visit is not told that anything ended
    page.fill("#code", "ABCD-EFGH")
    page.click("#join-form button")
    page.wait_for_function("() => !document.getElementById('notice').hidden")
    assert "Koden passer ikke" in page.inner_text("#notice")


def test_the_page_shows_the_workshop_and_the_table_and_follows_the_run(browser, running, world):
    page = phone_page(browser, running.site.cards()[1].url)
    page.wait_for_selector("#work:not([hidden])")
    assert page.inner_text("#workshop") == "Temadag om sundhedsaftalen"
    with world.store.read() as session:
        colour = session.get(Cluster, world.cluster_ids[1]).colour
    shown = page.evaluate("getComputedStyle(document.getElementById('band')).backgroundColor")
    assert shown == "rgb({}, {}, {})".format(*(int(colour[i:i + 2], 16) for i in (1, 3, 5)))
    Services.over(world.store).run.start(world.workshop_id, world.table_item_id)  # the console moves on
    page.wait_for_function("() => document.getElementById('item-title').textContent === 'Borddrøftelser'")
    assert "Ønsker til regionen" in page.inner_text("#column-choice")  # the item's two columns to write in
    assert page.errors == []


def test_saving_is_said_until_the_laptop_has_stored_the_line(browser, running, world):
    page = phone_page(browser, running.site.cards()[0].url)
    page.wait_for_selector("#work:not([hidden])")
    held = []
    page.route("**/api/lines", lambda route, request: held.append(route))  # the answer is slow to come
    _add(page, "Undervejs")
    page.wait_for_function("() => document.getElementById('state').textContent.includes('Gemmer')")
    assert page.locator("li.pending").count() == 1 and running.stored() == []
    held[0].continue_()
    _settled(page, 1)
    assert page.inner_text("#state").endswith("Forbundet")
    assert [row.text for row in running.stored()] == ["Undervejs"]


def test_a_line_too_long_is_refused_in_words_and_kept_in_the_field(browser, running, world):
    page = phone_page(browser, running.site.cards()[0].url)
    page.wait_for_selector("#work:not([hidden])")
    long_text = "Lang tekst " * 2000  # 22 KB: over the 16 KB a request may carry
    page.fill("#text", long_text)
    page.press("#text", "Enter")
    page.wait_for_function("() => !document.getElementById('notice').hidden")
    assert "For langt til én linje" in page.inner_text("#notice")
    assert page.input_value("#text") == long_text and running.stored() == []


def test_too_fast_is_said_in_words_and_the_rest_is_sent_once_after_the_pause(browser, world):
    tight = Limits(requests_per_address=GENEROUS.requests_per_address, writes_per_address=GENEROUS.writes_per_address,
                   writes_per_access=Rate(1.0, 2), joins_per_address=GENEROUS.joins_per_address)
    with running_site(world, tight) as running:
        page = phone_page(browser, running.site.cards()[0].url)
        page.wait_for_selector("#work:not([hidden])")
        for text in ("Første", "Anden", "Tredje", "Fjerde"):
            _add(page, text)
        page.wait_for_function("() => document.getElementById('notice').textContent.includes('For hurtigt')")
        _settled(page, 4)
        assert [row.text for row in running.stored()] == ["Første", "Anden", "Tredje", "Fjerde"]
        assert page.errors == []


@pytest.mark.parametrize(("language", "one", "two"), [
    ("da", "1 linje skrevet til et andet bord blev ikke sendt.", "2 linjer skrevet til et andet bord blev ikke sendt."),
    ("en", "1 line written for another table was not sent.", "2 lines written for another table were not sent."),
])
def test_lines_left_for_another_table_are_counted_in_the_singular_and_the_plural(browser, world, language, one, two):
    """A phone that changed tables keeps the other table's lines and says how many, in the workshop's language."""
    with running_site(world, language=language) as running:
        page = phone_page(browser, running.site.cards()[0].url)
        page.wait_for_selector("#work:not([hidden])")
        for count, expected in ((1, one), (2, two)):
            page.evaluate("""n => localStorage.setItem('facilitator-scribe-outbox-v1', JSON.stringify(
                Array.from({length: n}, (_, i) => ({op: 'add', cid: 'other-' + i, scope: 'another table',
                                                    item_id: 1, column: 0, text: 'Andet bord', sub: false}))))""",
                          count)
            page.reload()
            page.wait_for_function("t => document.getElementById('state').textContent.endsWith(' · ' + t)",
                                   arg=expected)
        assert running.stored() == [] and page.errors == []
