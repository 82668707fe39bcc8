"""What is specific to a PostgreSQL server shared by several stations (psycopg 3).

Nothing of SQLite runs here: no pragmas, no file checks or locks. The same Alembic migrations
build and upgrade the schema (without batch mode), in one transaction under an advisory lock, so
two stations starting at once do not both create it.

Writers: every writing transaction first takes one transaction-scoped advisory lock, the
guarantee SQLite's ``BEGIN IMMEDIATE`` gives. Positions appended as "max + 1", renumbering,
"start" pressed on two stations at once and the change log's revisions are therefore decided one
writer at a time, in commit order (a reader that has seen revision N has seen all before it).
Transactions are a few milliseconds, so the wait is short.

Change feed: the change-log row is announced with ``NOTIFY facilitator_changes, 'REVISION'``
(ids only; PostgreSQL delivers it after COMMIT); the :class:`ServerWatch` thread LISTENs on a
connection of its own. Notifications sent while it was disconnected are lost, so after a
reconnect it says "news" and the feed catches up by revision.

The network: while the watch says the server is away, every transaction and read is refused at
once with :class:`ServerUnreachableError` (no connect attempt on the GUI thread); the watch
connects again in its thread and, once back, the pooled connections (dead since) are dropped
before the next use. TCP keepalives and ``tcp_user_timeout`` bound how long a statement sent
just as the network drops can wait.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session

from facilitator.storage import errors
from facilitator.storage.line_journal import LineJournal, journal_path
from facilitator.storage.locations import data_folder
from facilitator.storage.models import metadata
from facilitator.storage.server_watch import CHANNEL, CONNECT_TIMEOUT_S, ServerWatch
from facilitator.storage.store import Store
from facilitator.storage.urls import without_password

WRITE_LOCK = 0x46414349  # "FACI": the one advisory lock every writing transaction holds
SCHEMA_LOCK = 0x46414353  # "FACS": creating or upgrading the schema
# Bounds on the network for every connection: a dropped network is an error within seconds,
# not after the kernel's fifteen minutes of retransmissions.
LINK_OPTIONS = {"connect_timeout": CONNECT_TIMEOUT_S, "keepalives": 1, "keepalives_idle": 5,
                "keepalives_interval": 1, "keepalives_count": 3, "tcp_user_timeout": 3000}


def driver_url(url: str) -> str:
    """SQLAlchemy's name for the psycopg 3 driver on the user's ``postgresql://`` URL."""
    parts = urlsplit(url)
    return "postgresql+psycopg" + url[len(parts.scheme):]


def create_server_engine(url: str) -> Engine:
    """An engine with a short connect timeout. No liveness ping per checkout (a round trip per
    read): a connection lost with the server is dropped from the pool by its first error."""
    return create_engine(
        driver_url(url),
        pool_size=3,
        max_overflow=5,
        connect_args={**LINK_OPTIONS, "application_name": "facilitator"},
    )


def notify(connection: Connection, revision: int) -> None:
    """Announce a change-log row to the listening stations (sent when the transaction commits)."""
    connection.execute(text("SELECT pg_notify(:channel, :payload)"),
                       {"channel": CHANNEL, "payload": str(revision)})


def is_unreachable(exc: BaseException) -> bool:
    """Whether a failure means the server cannot be reached (network, server down, restart)."""
    original = getattr(exc, "orig", exc)
    import psycopg

    return isinstance(original, psycopg.OperationalError) and not isinstance(original, psycopg.errors.QueryCanceled) \
        or bool(getattr(exc, "connection_invalidated", False))


def listening_connection(url: str) -> Callable[[], object]:
    """How the server watch connects: autocommit, bounded, and marked as the listener."""

    def connect() -> object:
        import psycopg

        return psycopg.connect(url, autocommit=True, application_name="facilitator-listen", **LINK_OPTIONS)

    return connect


class InFlight:
    """The sockets of the pooled connections in use now, so a lost link can end their waits.

    A statement sent just as the network dropped (or to a server that froze) waits for an answer
    that does not come. When the watch finds the link dead it shuts those sockets down: the
    statement fails at once as "cannot be reached" (a typed line goes to the journal) instead of
    holding the window until the kernel gives up.
    """

    def __init__(self, engine: Engine) -> None:
        self._lock = threading.Lock()
        self._open: dict[int, tuple[int, object]] = {}
        event.listen(engine, "checkout", self._checkout)
        event.listen(engine, "checkin", self._checkin)

    def _checkout(self, dbapi_connection, _record, _proxy) -> None:  # noqa: ANN001 (SQLAlchemy's event)
        fd = dbapi_connection.fileno()
        with contextlib.suppress(OSError), socket.socket(fileno=os.dup(fd)) as sock:
            with self._lock:
                self._open[id(dbapi_connection)] = (fd, sock.getpeername())

    def _checkin(self, dbapi_connection, _record) -> None:  # noqa: ANN001 (SQLAlchemy's event)
        with self._lock:
            self._open.pop(id(dbapi_connection), None)

    def end_waits(self) -> None:
        """Shut down every socket still in use (checked to be the same connection first)."""
        with self._lock:
            open_now = list(self._open.values())
        for fd, peer in open_now:
            with contextlib.suppress(OSError), socket.socket(fileno=os.dup(fd)) as sock:
                if sock.getpeername() == peer:
                    sock.shutdown(socket.SHUT_RDWR)


def _translate(url: str, exc: BaseException) -> errors.StoreError:
    text = str(getattr(exc, "orig", exc))
    if "no password supplied" in text or "password authentication failed" in text:
        return errors.PasswordNeeded(url, text)
    if is_unreachable(exc):
        return errors.ServerUnreachableError(url, str(getattr(exc, "orig", exc)))
    return errors.ServerWriteError(url, str(getattr(exc, "orig", exc)).splitlines()[0])


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def bring_up_to_date(engine: Engine) -> None:
    """Create the schema in an empty database or upgrade an older one: one transaction, locked."""
    from alembic import command

    from facilitator.storage.migrate import alembic_config, head_revision, is_known_revision

    with engine.connect() as connection:
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})
        revision = current_revision(connection)
        if revision is None:
            tables = set(inspect(connection).get_table_names())
            if tables:
                raise errors.NotDatabaseError(engine.url.render_as_string(hide_password=True))
            metadata.create_all(connection)
            command.stamp(alembic_config(connection), "head")
        elif revision != head_revision():
            if not is_known_revision(revision):
                raise errors.NewerSchemaError(engine.url.render_as_string(hide_password=True), revision)
            command.upgrade(alembic_config(connection), "head")
        connection.commit()


class ServerStore(Store):
    """A workshop database on a PostgreSQL server: no file, no lock; several stations at once."""

    def __init__(self, url: str, engine: Engine) -> None:  # noqa: D107 (no file, no lock)
        super().__init__(None, engine, None)  # type: ignore[arg-type]
        self.url = url
        self.location = without_password(url)
        self._writer = engine
        self.in_flight = InFlight(engine)
        self.watch = ServerWatch(listening_connection(url), on_lost=self.in_flight.end_waits)
        self.news_probe = self.watch  # type: ignore[assignment]
        self._journal: LineJournal | None = None

    @property
    def journal(self) -> LineJournal:
        """This station's lines typed while the server was away (opened on first use)."""
        if self._journal is None:
            self._journal = LineJournal(journal_path(data_folder(), self.location))
        return self._journal

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        super().close()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        self._check_link()
        with super().transaction() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        self._check_link()
        with super().read() as session:
            yield session

    def _check_link(self) -> None:
        """Refuse at once while the server is away; after it came back, start on fresh connections."""
        if self.in_transaction():
            return
        if not self.watch.reachable:
            raise errors.ServerUnreachableError(self.location, "the server watch has no link")
        if self.watch.take_stale_pool():
            self.engine.dispose()

    def _begin_writing(self, session: Session) -> None:
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})

    def _write_error(self, exc: Exception) -> errors.StoreError:
        error = _translate(self.location, exc)
        if isinstance(error, errors.ServerUnreachableError):
            self.watch.lost()
        return error

    def _read_error(self, exc: DBAPIError) -> Exception:
        """No SQLite error texts to match on a server; a lost link is said as such."""
        if is_unreachable(exc):
            return self._write_error(exc)
        return exc

    def schema_revision(self) -> str | None:
        with self.engine.connect() as connection:
            return current_revision(connection)


def open_server_store(url: str):  # noqa: ANN201 (a Store)
    """Connect to the server's database, create or upgrade its schema, return the store."""
    engine = create_server_engine(url)
    try:
        bring_up_to_date(engine)
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        raise _translate(without_password(url), exc) from exc
    except BaseException:
        engine.dispose()
        raise
    return ServerStore(url, engine)
