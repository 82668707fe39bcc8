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
(ids only; PostgreSQL delivers it after COMMIT); :class:`NotifyListener` has a connection of its
own that LISTENs. Notifications sent while it was disconnected are lost, so after a reconnect it
says "news" and the feed catches up by revision.
"""

from __future__ import annotations

import select
from urllib.parse import urlsplit

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session

from facilitator.storage import errors
from facilitator.storage.database import Store
from facilitator.storage.models import metadata
from facilitator.storage.urls import without_password

CHANNEL = "facilitator_changes"
WRITE_LOCK = 0x46414349  # "FACI": the one advisory lock every writing transaction holds
SCHEMA_LOCK = 0x46414353  # "FACS": creating or upgrading the schema
CONNECT_TIMEOUT_S = 5


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
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "facilitator"},
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


class NotifyListener:
    """The change feed's "anything committed?" for a server: its own LISTENing connection.

    :meth:`changed` never blocks: it looks whether the socket has something to read, drains the
    notifications and says whether any came. A lost connection answers "yes" (catch up by
    revision) and is made again on the next call.
    """

    def __init__(self, url: str) -> None:
        self._url = url
        self._connection = None  # type: ignore[var-annotated]
        self._reconnected = True

    def fileno(self) -> int | None:
        """The socket to watch for news (a QSocketNotifier wakes the feed), if connected."""
        return self._connection.fileno() if self._connection is not None else None

    def _connect(self) -> None:
        import psycopg

        self._connection = psycopg.connect(self._url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                                           application_name="facilitator-listen")
        self._connection.execute(f"LISTEN {CHANNEL}")
        self._reconnected = True

    def changed(self) -> bool:
        import psycopg

        try:
            if self._connection is None or self._connection.closed:
                self._connect()
            assert self._connection is not None
            news = self._reconnected
            self._reconnected = False
            readable, _, _ = select.select([self._connection.fileno()], [], [], 0)
            if readable:
                news = any(True for _ in self._connection.notifies(timeout=0)) or news
            return news
        except (psycopg.Error, OSError, ValueError):
            self.close()
            return True

    def close(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            except Exception:  # noqa: BLE001 (closing a broken connection may fail any way)
                pass
            self._connection = None


class ServerUnreachableError(errors.StoreError):
    def __init__(self, url: str, detail: str = "") -> None:
        super().__init__(url, detail)
        self.where = url

    def message(self) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(
            "StoreError", "The server {url} cannot be reached. Check the network and that the server runs. "
            "Until it is back nothing new can be saved: what you type stays in its field."
        ).format(url=self.where)


class ServerWriteError(errors.StoreError):
    def __init__(self, url: str, detail: str = "") -> None:
        super().__init__(url, detail)
        self.where = url

    def message(self) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(
            "StoreError", "The server {url} refused the change: {detail}").format(url=self.where, detail=self.detail)


def _translate(url: str, exc: BaseException) -> errors.StoreError:
    text = str(getattr(exc, "orig", exc))
    if "no password supplied" in text or "password authentication failed" in text:
        return errors.PasswordNeeded(url, text)
    if is_unreachable(exc):
        return ServerUnreachableError(url, str(getattr(exc, "orig", exc)))
    return ServerWriteError(url, str(getattr(exc, "orig", exc)).splitlines()[0])


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
        self.news_probe = NotifyListener(url)  # type: ignore[assignment]

    def _begin_writing(self, session: Session) -> None:
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})

    def _write_error(self, exc: Exception) -> errors.StoreError:
        return _translate(self.location, exc)

    def _read_error(self, exc: DBAPIError) -> Exception:
        """No SQLite error texts to match on a server: a failed read stays as it is."""
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
