"""Which tables' pages may have changed: a phone's own write wakes its table at once, and only it."""

from __future__ import annotations

from dataclasses import replace

import anyio

from facilitator.scribes.news import News
from facilitator.services.changes import EVERYTHING, Changes, ListKey


class Log:
    """A change log in memory: rows are (revision, Changes)."""

    def __init__(self) -> None:
        self.rows: list[Changes] = []
        self.reads = 0

    def add(self, changes: Changes, revision: int) -> Changes:
        logged = replace(changes, revisions=frozenset({revision}))
        self.rows.append(logged)
        return logged

    def latest_revision(self) -> int:
        return max((max(c.revisions) for c in self.rows if c.revisions), default=0)

    def after(self, revision: int) -> tuple[list[Changes], int]:
        self.reads += 1
        found = [c for c in self.rows if not c.revisions or max(c.revisions) > revision]
        return found, self.latest_revision()


def _line(cluster_id: int) -> Changes:
    return Changes(capture=True, workshop_id=1, item_id=5, list_key=ListKey(cluster_id, 0))


def test_a_phones_write_moves_only_its_tables_version_without_reading_the_log():
    log = Log()
    news = News(log, workshop_id=1)
    before_syd, before_nord = news.version(10), news.version(11)
    news.note(log.add(_line(10), 1))
    assert news.version(10) != before_syd and news.version(11) == before_nord
    assert log.reads == 0


def test_the_watcher_skips_what_was_noted_and_counts_what_others_wrote():
    log = Log()
    news = News(log, workshop_id=1)
    news.note(log.add(_line(10), 1))
    noted = news.version(10)
    log.add(_line(11), 2)  # the laptop's keyboard, in Nord's list
    anyio.run(news.read)
    assert news.version(10) == noted, "its own line does not wake the table a second time"
    assert news.version(11)[1] == 1
    log.add(Changes(timer=True, workshop_id=1), 3)  # the console starts the next item: every table
    anyio.run(news.read)
    assert news.version(10)[0] == news.version(11)[0] == 1
    log.rows.append(EVERYTHING)  # a reader that fell behind: everything may have changed
    anyio.run(news.read)
    assert news.version(10)[0] == 2
