"""Which tables' pages may have changed, read from the change log once for all phones.

Phones ask for their page with the version they have and the server holds the request until
that table's page may differ (a long poll, at most ``HOLD_S``). One watcher reads the store's
change log every ``POLL_S`` while any phone waits, whoever wrote (this laptop's keyboard, a
phone, another station, the run's clock commands), and bumps a counter per cluster: a line in
Klynge Syd's list wakes Syd's phones only; a timer, agenda or cluster change wakes everyone.
A phone's own write is counted the moment it is stored (:meth:`News.note`), with no read.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable
from typing import Protocol

import anyio

from facilitator.services.changes import Changes

POLL_S = 0.1
HOLD_S = 20.0
PAGE_REFRESH_S = 5.0  # a phase may start by itself (no change is logged): pages are re-read this often


class ChangeSource(Protocol):
    def latest_revision(self) -> int: ...

    def after(self, revision: int) -> tuple[list[Changes], int]: ...


Version = tuple[int, int, int]  # (everyone's changes, this cluster's, time slice)


def touched(changes: Iterable[Changes], workshop_id: int) -> tuple[bool, set[int]]:
    """Whether every table's page may have changed, and which clusters' lists did."""
    everyone, clusters = False, set()
    for change in changes:
        if not change.in_workshop(workshop_id):
            continue
        if change.timer or change.agenda or change.clusters or change.workshops:
            everyone = True
        if change.capture:
            if change.list_key is None:
                everyone = True
            elif change.list_key.cluster_id is not None:
                clusters.add(change.list_key.cluster_id)
    return everyone, clusters


class News:
    """Per-cluster versions of the phones' pages, kept current while someone waits."""

    def __init__(self, source: ChangeSource, workshop_id: int) -> None:
        self._source = source
        self._workshop_id = workshop_id
        self._everyone = 0
        self._clusters: dict[int, int] = {}
        self._seen = source.latest_revision()  # from now on: a write after this wakes its table
        self._waiters = 0
        self._woken: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closing = False
        self._noted: set[int] = set()  # revisions of this server's own writes, counted already

    def version(self, cluster_id: int) -> Version:
        return self._everyone, self._clusters.get(cluster_id, 0), int(time.monotonic() / PAGE_REFRESH_S)

    async def wait(self, cluster_id: int, seen: Version, hold_s: float = HOLD_S) -> Version:
        """The cluster's version once it differs from ``seen`` (or ``seen`` after ``hold_s``)."""
        self._waiters += 1
        self._start()
        try:
            with anyio.move_on_after(hold_s):
                while self.version(cluster_id) == seen and not self._closing:
                    assert self._woken is not None
                    await self._woken.wait()
        finally:
            self._waiters -= 1
        return self.version(cluster_id)

    def note(self, changes: Changes) -> None:
        """A phone's own write, committed just now: its table hears at once, with no read.

        The watcher meets the same rows in the change log later and skips them.
        """
        self._noted |= changes.revisions
        self._count([changes])

    async def read(self) -> None:
        """Read the change log now: whoever wrote since the last read."""
        found, self._seen = await anyio.to_thread.run_sync(self._source.after, self._seen)  # one query
        fresh = [change for change in found if not change.revisions or not change.revisions <= self._noted]
        self._noted = {revision for revision in self._noted if revision > self._seen}
        self._count(fresh)

    def _count(self, changes: list[Changes]) -> None:
        everyone, clusters = touched(changes, self._workshop_id)
        if everyone:
            self._everyone += 1
        for cluster_id in clusters:
            self._clusters[cluster_id] = self._clusters.get(cluster_id, 0) + 1
        if everyone or clusters:
            self._wake()

    @property
    def closing(self) -> bool:
        return self._closing

    def close(self) -> None:
        """The server stops: every held read answers now (from any thread), none waits again."""
        self._closing = True
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._wake)

    def _wake(self) -> None:
        if self._woken is not None:
            self._woken.set()
            self._woken = asyncio.Event()

    def _start(self) -> None:
        self._loop = asyncio.get_running_loop()
        if self._woken is None:
            self._woken = asyncio.Event()
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._watch())

    async def _watch(self) -> None:
        """Poll while anyone waits; wake the waiters at least every slice, for the time-bound refresh."""
        slice_started = int(time.monotonic() / PAGE_REFRESH_S)
        while self._waiters:
            try:
                await self.read()
            except Exception:  # noqa: BLE001 (a locked or vanished store: the next poll retries)
                await asyncio.sleep(1.0)
            now_slice = int(time.monotonic() / PAGE_REFRESH_S)
            if now_slice != slice_started:
                slice_started = now_slice
                self._wake()
            await asyncio.sleep(POLL_S)
