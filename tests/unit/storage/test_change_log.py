"""The change log in storage, and the cheap check for commits by other connections."""

from __future__ import annotations

from pathlib import Path

from facilitator.storage import change_log
from facilitator.storage.database import open_store
from facilitator.storage.sqlite_news import DataVersionProbe
from facilitator.storage.store import Store


def _append(store: Store, **scope: object) -> int:
    with store.transaction() as session:
        revision, _ = change_log.append(session, workshop_id=scope.get("workshop_id"),  # type: ignore[arg-type]
                                        item_id=None, list_key=None, kinds=("workshops",), station="test")
    return revision


def test_rows_after_a_revision_come_in_order(store: Store) -> None:
    first, second, third = (_append(store, workshop_id=n) for n in (1, 2, 3))
    assert first < second < third
    with store.read() as session:
        assert [row.revision for row in change_log.rows_after(session, first)] == [second, third]
        assert change_log.latest_revision(session) == third
        assert change_log.rows_after(session, third) == []


def test_a_change_of_an_unknown_item_has_no_workshop(store: Store) -> None:
    with store.transaction() as session:
        _, workshop = change_log.append(session, workshop_id=None, item_id=12345, list_key=None,
                                        kinds=("capture",), station="test")
    assert workshop is None


def test_the_probe_sees_commits_of_other_connections_only_once(store: Store, db_path: Path) -> None:
    probe = DataVersionProbe(db_path)
    try:
        probe.changed()  # the first answer only sets the mark
        assert not probe.changed()
        other = open_store(db_path, exclusive=False)  # another writer, as another process would be
        try:
            _append(other)
        finally:
            other.close()
        assert probe.changed()
        assert not probe.changed()
    finally:
        probe.close()


def test_a_probe_on_a_vanished_file_says_yes_rather_than_hide_news(tmp_path: Path) -> None:
    probe = DataVersionProbe(tmp_path / "missing.sqlite")
    assert probe.changed()
    probe.close()
