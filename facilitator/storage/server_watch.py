"""The station's link to its PostgreSQL server, watched from a thread so the GUI never waits on it.

A thread of its own holds the ``LISTEN`` connection. It drains the server's notifications, sends
a heartbeat when the line has been quiet, and while the server cannot be reached it connects
again every few seconds. Every network wait (connecting, a heartbeat's answer) is bounded and
happens there, never in the GUI thread.

What the GUI thread sees is a pipe: one byte is written to it whenever there is news (a
notification, the link lost, the link back), so a ``QSocketNotifier`` on :meth:`ServerWatch.fileno`
wakes the change feed within a millisecond and an idle station does no work at all. Whether the
server is reachable is a flag the store reads before every transaction: while it is down, a
write is refused at once (the offline journal keeps typed lines) instead of waiting on the
network.
"""

from __future__ import annotations

import contextlib
import os
import select
import threading
import time
from collections.abc import Callable

CHANNEL = "facilitator_changes"
CONNECT_TIMEOUT_S = 5  # libpq's own bound on connecting (in this thread only)
HEARTBEAT_S = 1.0  # a quiet line is asked "still there?" this often
ANSWER_S = 1.5  # a heartbeat not answered within this is a lost link (a dropped network)
RETRY_S = 2.0  # while the server is away, connect again this often

Connect = Callable[[], object]  # returns a psycopg connection


class ServerWatch:
    """Says, without blocking, whether the server has news and whether it can be reached.

    ``connect`` makes the listening connection (psycopg, autocommit). ``reachable`` starts true:
    the store has just connected when the watch is made. ``on_lost`` is called (in the watching
    thread) when a live link is found dead: the store ends the waits of statements in flight.
    """

    def __init__(self, connect: Connect, on_lost: Callable[[], None] = lambda: None) -> None:
        self._connect = connect
        self._on_lost = on_lost
        self._reachable = threading.Event()
        self._reachable.set()
        self._pool_stale = threading.Event()  # the link came back: pooled connections are dead
        self._lost = threading.Event()  # the store met a network failure: check the link now
        self._stopping = threading.Event()
        self._wake_read, self._wake_write = os.pipe()  # news for the GUI thread
        self._stop_read, self._stop_write = os.pipe()  # "stop" for the watching thread
        for fd in (self._wake_read, self._wake_write, self._stop_read, self._stop_write):
            os.set_blocking(fd, False)
        self._thread = threading.Thread(target=self._run, name="server-watch", daemon=True)
        self._thread.start()

    # --- the GUI thread's side ----------------------------------------------------------------

    @property
    def reachable(self) -> bool:
        return self._reachable.is_set()

    def fileno(self) -> int:
        """Readable when there is news: watch it with a ``QSocketNotifier``."""
        return self._wake_read

    def changed(self) -> bool:
        """Whether there was news since the last call (never blocks: reads the pipe)."""
        news = False
        with contextlib.suppress(BlockingIOError, OSError):
            while os.read(self._wake_read, 512):
                news = True
        return news

    def lost(self) -> None:
        """A statement failed for want of the server: refuse writes now, and check the link."""
        if self._reachable.is_set():
            self._reachable.clear()
            self._wake()
        self._lost.set()

    def take_stale_pool(self) -> bool:
        """Whether the link came back since the last call (the store then drops its pool)."""
        if self._pool_stale.is_set():
            self._pool_stale.clear()
            return True
        return False

    def close(self) -> None:
        self._stopping.set()
        with contextlib.suppress(OSError):
            os.write(self._stop_write, b"!")
        self._thread.join(timeout=0.5)  # it may be waiting on a connect: a daemon, it ends with us
        if not self._thread.is_alive():
            for fd in (self._wake_read, self._wake_write, self._stop_read, self._stop_write):
                with contextlib.suppress(OSError):
                    os.close(fd)

    # --- the watching thread ------------------------------------------------------------------

    def _wake(self) -> None:
        with contextlib.suppress(BlockingIOError, OSError):
            os.write(self._wake_write, b"!")

    def _run(self) -> None:
        first = True
        while not self._stopping.is_set():
            connection = self._try_connect()
            if connection is None:
                self._set_reachable(False)
                self._stopping.wait(RETRY_S)
                continue
            self._lost.clear()
            if not first:
                self._pool_stale.set()
            first = False
            self._set_reachable(True)
            self._wake()  # notifications sent while away were lost: the feed catches up by revision
            self._listen(connection)
            with contextlib.suppress(Exception):
                connection.close()  # type: ignore[attr-defined]
            if self._stopping.is_set():
                break
            self._set_reachable(False)
            with contextlib.suppress(Exception):
                self._on_lost()

    def _try_connect(self) -> object | None:
        try:
            connection = self._connect()
            connection.execute(f"LISTEN {CHANNEL}")  # type: ignore[attr-defined]
            return connection
        except Exception:  # noqa: BLE001 (any failure to connect means "not reachable now")
            return None

    def _set_reachable(self, reachable: bool) -> None:
        if reachable != self._reachable.is_set():
            (self._reachable.set if reachable else self._reachable.clear)()
            self._wake()

    def _listen(self, connection: object) -> None:
        """Until the link is lost: wake the feed on each notification, heartbeat when quiet."""
        pgconn = connection.pgconn  # type: ignore[attr-defined]
        socket = pgconn.socket
        quiet_since = time.monotonic()
        while not self._stopping.is_set():
            if self._lost.is_set():
                self._lost.clear()
                if not self._heartbeat(pgconn, socket):
                    return
            readable, _, _ = select.select([socket, self._stop_read], [], [], HEARTBEAT_S / 4)
            if socket in readable:
                if not self._drain(pgconn):
                    return
                quiet_since = time.monotonic()
            elif time.monotonic() - quiet_since >= HEARTBEAT_S:
                if not self._heartbeat(pgconn, socket):
                    return
                quiet_since = time.monotonic()

    def _drain(self, pgconn: object) -> bool:
        """Read what arrived; wake the feed if it held a notification. False: the link broke."""
        try:
            pgconn.consume_input()  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 (psycopg.OperationalError: the server went away)
            return False
        news = False
        while pgconn.notifies() is not None:  # type: ignore[attr-defined]
            news = True
        if news:
            self._wake()
        return pgconn.status == 0  # type: ignore[attr-defined] (CONNECTION_OK; BAD once the server ended it)

    def _heartbeat(self, pgconn: object, socket: int) -> bool:
        """``SELECT 1``, answered within :data:`ANSWER_S` or the link counts as lost."""
        try:
            pgconn.send_query(b"SELECT 1")  # type: ignore[attr-defined]
            deadline = time.monotonic() + ANSWER_S
            while pgconn.flush():  # type: ignore[attr-defined]
                if not select.select([], [socket], [], max(0.0, deadline - time.monotonic()))[1]:
                    return False
            while pgconn.is_busy():  # type: ignore[attr-defined]
                if not select.select([socket], [], [], max(0.0, deadline - time.monotonic()))[0]:
                    return False
                pgconn.consume_input()  # type: ignore[attr-defined]
            failed = False
            while (result := pgconn.get_result()) is not None:  # type: ignore[attr-defined]
                failed = failed or result.error_message != b""
        except Exception:  # noqa: BLE001 (psycopg.OperationalError: the server went away)
            return False
        news = False
        while pgconn.notifies() is not None:  # type: ignore[attr-defined]
            news = True
        if news:  # a notification that arrived with the answer
            self._wake()
        return not failed
