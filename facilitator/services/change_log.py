"""Reading the change log for the change feed: what other processes committed since a revision."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError

from facilitator.services.changes import EVERYTHING, Changes
from facilitator.storage import change_log
from facilitator.storage.store import Store


class ChangeLogService:
    """The change log of one open store, as :class:`Changes` values.

    ``has_news`` is the cheap check the feed makes several times a second (on SQLite
    ``PRAGMA data_version`` on a connection of its own); only when it says yes are the rows read.
    """

    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def station(self) -> str:
        """This process's name in the log."""
        return self._store.station

    def has_news(self) -> bool:
        """Whether anything may have been committed since the last call (never a false no)."""
        probe = self._store.news_probe
        return True if probe is None else probe.changed()

    def news_socket(self) -> int | None:
        """A socket that becomes readable when there is news (a server's LISTEN connection)."""
        fileno = getattr(self._store.news_probe, "fileno", None)
        return fileno() if fileno is not None else None

    def latest_revision(self) -> int:
        with self._store.read() as session:
            return change_log.latest_revision(session)

    def after(self, revision: int) -> tuple[list[Changes], int]:
        """The changes committed after ``revision`` and the newest revision read.

        A reader that fell further behind than one read gets a single "everything changed".
        """
        try:
            with self._store.read() as session:
                rows = change_log.rows_after(session, revision)
                if len(rows) < change_log.READ_LIMIT:
                    return [Changes.from_row(row) for row in rows], rows[-1].revision if rows else revision
                latest = change_log.latest_revision(session)
        except DBAPIError as exc:  # a server that went away, a file that is busy: said in words
            raise self._store.failure(exc) from exc
        return [EVERYTHING], latest

    @property
    def is_server(self) -> bool:
        """Whether other stations share this store over the network (the feed listens closely)."""
        return self._store.path is None
