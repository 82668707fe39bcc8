"""The one notification that stored data changed, from this window or from anywhere else.

Local commits arrive through :func:`perform` and are emitted at once. Commits by other processes
(another station, ``facilitator import-agenda``, the scribes' server) are read from the store's
change log, only when the store says there is news:

- a file: every ``POLL_MS`` the feed asks ``PRAGMA data_version`` (about 5 µs of CPU, so 20 times
  a second costs a tenth of a millisecond per second);
- a server: the store's watch makes a socket readable when a ``NOTIFY`` arrives (or the link is
  lost or back); a ``QSocketNotifier`` wakes the feed at once, and an idle station sleeps. A slow
  timer stays as the fallback.

Then it reads the change rows after the last revision it has seen. Both kinds arrive as the same
:class:`Changes` value with its scope, so a view cannot tell (and need not care) where a change
came from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import ParamSpec, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.services.changes import EVERYTHING, Changes, merge
from facilitator.storage.errors import StoreError

P = ParamSpec("P")
R = TypeVar("R")
POLL_MS = 50  # a file: PRAGMA data_version costs microseconds
SERVER_POLL_MS = 1000  # a server: the socket wakes the feed; this timer is only the fallback
RETRY_MS = 3000  # while the store cannot be read: a busy file, a server away (refused at once)


class ChangeSource(Protocol):
    """What the feed reads other processes' commits from (:class:`ChangeLogService`)."""

    def has_news(self) -> bool: ...

    def news_socket(self) -> int | None: ...

    def latest_revision(self) -> int: ...

    def after(self, revision: int) -> tuple[list[Changes], int]: ...


class ChangeFeed(QObject):
    """Carries the :class:`Changes` of every commit to the views that show that data.

    Without a ``source`` it carries this window's own commits only (tests of single widgets).

    Signals:
        changed(Changes): stored data changed; views re-read what the flags and scope name.
        failed(str): the change log could not be read (the message says why); the feed retries.
        recovered(): it can be read again after a failure; everything was re-read.
    """

    changed = Signal(object)
    failed = Signal(str)
    recovered = Signal()

    def __init__(self, source: ChangeSource | None = None, interval_ms: int = POLL_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._workshop_id: int | None = None
        self._seen = source.latest_revision() if source is not None else 0
        self._local: set[int] = set()  # revisions already emitted by publish, not yet read back
        self._failing = False
        self._interval = interval_ms
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._notifier: QSocketNotifier | None = None  # wakes the feed when a server notifies

    @property
    def workshop_id(self) -> int | None:
        return self._workshop_id

    def watch(self, workshop_id: int | None) -> None:
        """Follow ``workshop_id``'s changes by other processes (``None``: stop polling)."""
        self._workshop_id = workshop_id
        if self._source is None or workshop_id is None:
            self.stop()
            return
        if not self._timer.isActive():
            self._timer.start()
        fileno = self._source.news_socket()
        if fileno is not None and self._notifier is None:
            self._notifier = QSocketNotifier(fileno, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self.poll)

    def stop(self) -> None:
        """No more polls: before the store closes (its news socket goes with it)."""
        self._timer.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None

    def publish(self, changes: Changes) -> None:
        """A commit made here: tell the views now; reading it back from the log is skipped."""
        if changes.any():
            self._local |= changes.revisions
            self.changed.emit(changes)

    def poll(self) -> None:
        """Emit what other processes committed since the last poll (no reads when nothing did)."""
        if self._source is None:
            return
        try:
            news = self._source.has_news()
            if not news and not self._failing:
                return
            found, self._seen = self._source.after(self._seen)
        except StoreError as error:
            if not self._failing:
                self._failing = True
                self._interval = self._timer.interval()
                self._timer.setInterval(RETRY_MS)
                self.failed.emit(error.message())
            return
        if self._failing:  # back: whatever happened meanwhile, every view re-reads once
            self._failing = False
            self._timer.setInterval(self._interval)
            self.recovered.emit()
            self.changed.emit(replace(EVERYTHING, workshop_id=self._workshop_id))
        fresh = [c for c in found if not (c.revisions and c.revisions <= self._local)]
        self._local = {revision for revision in self._local if revision > self._seen}
        for change in merge(self._for_this_window(change) for change in fresh):
            if change.any():
                self.changed.emit(change)

    def _for_this_window(self, change: Changes) -> Changes:
        """Another workshop's change matters here only to the list of workshops."""
        if change.in_workshop(self._workshop_id):
            return change
        return Changes(workshops=change.workshops, workshop_id=change.workshop_id)


def perform(parent: QWidget, feed: ChangeFeed, action: Callable[P, Changes], *args: P.args,
            **kwargs: P.kwargs) -> bool:
    """Run a service call that returns :class:`Changes`; tell the user if it could not be saved.

    Returns whether it was saved. The service rolled back on failure, so what is on disk is
    still consistent; the user's text stays in the widget for another try.
    """
    try:
        changes = action(*args, **kwargs)
    except StoreError as error:
        show_store_error(parent, error)
        return False
    feed.publish(changes)
    return True


def perform_returning(parent: QWidget, feed: ChangeFeed, action: Callable[P, tuple[R, Changes]],
                      *args: P.args, **kwargs: P.kwargs) -> R | None:
    """Like :func:`perform` for service calls that also return a value (a new row's id)."""
    try:
        value, changes = action(*args, **kwargs)
    except StoreError as error:
        show_store_error(parent, error)
        return None
    feed.publish(changes)
    return value


def show_store_error(parent: QWidget | None, error: StoreError, title: str | None = None) -> None:
    """``error`` in the user's words, under ``title``: what did not happen ("Not saved" unless said)."""
    QMessageBox.critical(parent, title or QCoreApplication.translate("ChangeFeed", "Not saved"), error.message())
