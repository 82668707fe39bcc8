"""The change feed: local commits at once, other connections' commits from the change log."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event

from facilitator.services.bundle import Services
from facilitator.services.changes import Changes, ListKey
from facilitator.storage.database import open_store
from facilitator.storage.store import Store
from facilitator.ui.capture.contributions_page import ContributionsPage
from facilitator.ui.capture.wall import WallWidget
from facilitator.storage.errors import StoreError
from facilitator.ui.change_feed import ChangeFeed
from tests.capture_fixtures import World, build_world


@pytest.fixture
def world(store: Store) -> World:
    return build_world(store)


@pytest.fixture
def other(db_path: Path, world: World) -> Iterator[Services]:
    """A second writer on the same file: what another process (station, CLI) does."""
    second = open_store(db_path, exclusive=False)
    yield Services.over(second)
    second.close()


@pytest.fixture
def feed(services: Services, world: World) -> ChangeFeed:
    feed = ChangeFeed(services.change_log, interval_ms=20)
    feed.watch(world.workshop_id)
    return feed


def _received(feed: ChangeFeed) -> list[Changes]:
    received: list[Changes] = []
    feed.changed.connect(received.append)
    return received


@contextmanager
def list_reads(store: Store) -> Iterator[list[str]]:
    """The statements that read a list of captured lines (in list order) while the block runs."""
    reads: list[str] = []

    def count(_conn, _cursor, statement: str, *_args) -> None:  # noqa: ANN001
        if "FROM contribution" in statement and "ORDER BY contribution.position" in statement:
            reads.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        yield reads
    finally:
        event.remove(store.engine, "before_cursor_execute", count)


def test_a_local_commit_is_emitted_once_at_once(services: Services, world: World, feed: ChangeFeed) -> None:
    received = _received(feed)
    _, changes = services.capture.add_contribution(world.group_item_id, world.cluster_ids[0], "Idé")
    feed.publish(changes)
    assert received == [changes]
    feed.poll()
    assert received == [changes]  # read back from the log, recognised as already told


def test_another_writers_commit_arrives_with_its_scope(other: Services, world: World, feed: ChangeFeed) -> None:
    received = _received(feed)
    other.capture.add_contribution(world.group_item_id, world.cluster_ids[2], "Fra den anden station")
    feed.poll()
    assert received == [Changes(capture=True, workshop_id=world.workshop_id, item_id=world.group_item_id,
                                list_key=ListKey(world.cluster_ids[2], 0))]
    feed.poll()
    assert len(received) == 1


def test_another_workshops_change_only_concerns_the_list_of_workshops(
    other: Services, world: World, feed: ChangeFeed
) -> None:
    received = _received(feed)
    elsewhere, _ = other.workshops.create("Et andet arrangement")
    other.setup.add_cluster(elsewhere, "Klynge Øst")
    feed.poll()
    assert received == [Changes(workshops=True, workshop_id=elsewhere)]


def test_without_news_the_log_is_not_read(services: Services, store: Store, feed: ChangeFeed) -> None:
    feed.poll()
    with list_reads(store) as reads:
        statements: list[str] = []
        event.listen(store.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
        feed.poll()
    assert statements == [] and reads == []


def test_a_line_from_another_process_appears_in_the_open_lists(
    qtbot, services: Services, other: Services, store: Store, world: World, feed: ChangeFeed  # noqa: ANN001
) -> None:
    page = ContributionsPage(services.capture, feed)
    wall = WallWidget(services.capture, feed, world.group_item_id)
    qtbot.addWidget(page)
    qtbot.addWidget(wall)
    page.set_item(world.group_item_id)
    target = page.panels[1]
    with list_reads(store) as reads:
        other.capture.add_contribution(world.group_item_id, world.cluster_ids[1], "Tidlig opsporing")
        qtbot.waitUntil(lambda: target.model.rowCount() == 1, timeout=3000)
        qtbot.waitUntil(lambda: any(model.rowCount() for _l, _v, model in wall.columns), timeout=3000)
    assert target.model.data(target.model.index(0)) == "1. Tidlig opsporing"
    assert len(reads) == 2  # that one list, once for the console's panel and once for the wall


def test_one_enter_reads_only_the_list_it_wrote_to(
    qtbot, services: Services, store: Store, world: World, feed: ChangeFeed  # noqa: ANN001
) -> None:
    page = ContributionsPage(services.capture, feed)
    qtbot.addWidget(page)
    page.set_item(world.group_item_id)
    page.show()
    entry = page.panels[0].entry
    entry.setFocus()
    entry.setText("Bedre overgange")
    with list_reads(store) as reads:
        qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert page.panels[0].model.rowCount() == 1
    assert len(reads) == 1, reads
    assert all(panel.model.rowCount() == 0 for panel in page.panels[1:])


def test_on_a_server_another_stations_line_arrives_by_notify(
    qtbot, server_url: str  # noqa: ANN001
) -> None:
    here, there = open_store(server_url), open_store(server_url)
    try:
        mine, theirs = Services.over(here), Services.over(there)
        workshop_id, _ = mine.workshops.create("Temadag")
        item_id, _ = mine.agenda.insert_item(workshop_id, title="Gruppearbejde")
        feed = ChangeFeed(mine.change_log, interval_ms=10)
        feed.watch(workshop_id)
        received = _received(feed)
        qtbot.wait(300)  # this station's own notifications, and the watch's "listening now"
        feed.poll()
        assert not mine.change_log.has_news()  # quiet: no notification, no read
        theirs.capture.add_contribution(item_id, None, "Fra station B")
        qtbot.waitUntil(lambda: any(c.capture and c.item_id == item_id for c in received), timeout=3000)
        feed.stop()
    finally:
        here.close()
        there.close()


class _FlakySource:
    """A change log that fails while ``down`` (a server that went away), then answers again."""

    def __init__(self) -> None:
        self.down = False

    def has_news(self) -> bool:
        return False

    def news_socket(self) -> None:
        return None

    def latest_revision(self) -> int:
        return 0

    def after(self, revision: int) -> tuple[list[Changes], int]:
        if self.down:
            raise StoreError("postgresql://server/db", "connection refused")
        return [], revision


def test_a_store_that_cannot_be_read_is_said_once_and_its_return_refreshes_everything() -> None:
    source = _FlakySource()
    feed = ChangeFeed(source)  # type: ignore[arg-type]
    feed.watch(7)
    received, failures, back = _received(feed), [], []
    feed.failed.connect(failures.append)
    feed.recovered.connect(lambda: back.append(True))
    feed.poll()
    source.down = True
    source_has_news = source.has_news
    source.has_news = lambda: True  # type: ignore[method-assign]
    feed.poll()
    feed.poll()
    assert len(failures) == 1 and not back
    source.down = False
    source.has_news = source_has_news  # type: ignore[method-assign]
    feed.poll()
    assert back == [True]
    assert received and received[-1].clusters and received[-1].capture and received[-1].workshop_id == 7
