"""Schema upgrades: one transaction, killed at any moment the file still opens with all its data.

Found by an adversarial run: 24 of 500 kills during an upgrade bricked the file. The upgrade ran
each ``ALTER TABLE`` outside a transaction; a kill between them left the new column with the old
version stamp, and every later open failed with "duplicate column name".
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from facilitator.storage import errors
from facilitator.storage.backup import before_upgrade_copies
from facilitator.storage.database import open_store
from facilitator.storage.migrate import head_revision
from tests.integration.forkserver import ForkServer, Round

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
OLDEST = FIXTURES / "schema-0001.sqlite"
# What the version before this fix ran for 0002_vote_settings, one autocommitted statement each.
OLD_STEP_0002 = (
    "ALTER TABLE agendaitem ADD COLUMN dots_per_voter INTEGER DEFAULT '3' NOT NULL",
    "ALTER TABLE agendaitem ADD COLUMN vote_by VARCHAR DEFAULT 'cluster' NOT NULL",
)


def _rows(path: Path) -> dict[str, int]:
    """Row count of every table but Alembic's: what an upgrade must keep."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'")]
        return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}
    finally:
        connection.close()


def _old_file(tmp_path: Path, *statements: str) -> Path:
    """A copy of the oldest released file, with ``statements`` run as the old upgrade ran them."""
    path = tmp_path / "workshop.sqlite"
    shutil.copyfile(OLDEST, path)
    connection = sqlite3.connect(path, isolation_level=None)
    for statement in statements:
        connection.execute(statement)
    connection.close()
    return path


def _assert_upgraded_whole(path: Path, expected_rows: dict[str, int]) -> None:
    store = open_store(path)
    try:
        assert store.schema_revision() == head_revision()
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            columns = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(agendaitem)")}
            defaults = connection.exec_driver_sql("SELECT DISTINCT dots_per_voter, vote_by FROM agendaitem").all()
    finally:
        store.close()
    assert {"dots_per_voter", "vote_by"} <= columns
    assert defaults == [(3, "cluster")]
    rows = _rows(path)
    assert {table: rows[table] for table in expected_rows} == expected_rows


@pytest.mark.parametrize("done", [1, 2], ids=["one of two columns added", "both columns added"])
def test_a_file_half_upgraded_by_the_old_code_opens_with_all_its_data(tmp_path: Path, done: int) -> None:
    expected = _rows(OLDEST)
    path = _old_file(tmp_path, *OLD_STEP_0002[:done])
    _assert_upgraded_whole(path, expected)
    assert len(before_upgrade_copies(path)) == 1


def test_a_file_that_is_no_half_step_is_refused_and_retries_keep_one_copy(tmp_path: Path) -> None:
    """Part of a step and a column no step adds: not ours to drop. The user is pointed to the copy."""
    path = _old_file(tmp_path, OLD_STEP_0002[1], "ALTER TABLE agendaitem ADD COLUMN colour_of_the_day VARCHAR")
    for _attempt in range(3):
        with pytest.raises(errors.HalfUpgradedError) as caught:
            open_store(path)
    copies = before_upgrade_copies(path)
    assert len(copies) == 1, "every retry kept another before-upgrade copy"
    message = caught.value.message()
    assert str(path) in message and copies[0].name in message


def test_retried_upgrades_do_not_pile_up_copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An upgrade that fails (here: made to) and is retried keeps its first copy, not one per try."""
    from facilitator.storage import migrate

    path = _old_file(tmp_path)

    def fails(engine: object) -> None:
        raise errors.DiskFullError(path, "made to fail")

    monkeypatch.setattr(migrate, "_upgrade_in_one_transaction", fails)
    for _attempt in range(3):
        with pytest.raises(errors.DiskFullError):
            open_store(path)
        time.sleep(1.05)  # copies are named by the second: each try would get a new name
    monkeypatch.undo()
    _assert_upgraded_whole(path, _rows(OLDEST))
    assert len(before_upgrade_copies(path)) == 1


def _kill_during_upgrade(server: ForkServer, db: Path, number: int, rng: random.Random, statements: int) -> Round:
    """Kill after a random statement of the upgrade, or at a random moment of the whole open."""
    current = server.start(db, number, mode="upgrade")
    if rng.random() < 0.25:
        time.sleep(rng.uniform(0, 0.3))
    else:
        server.wait_for_statement(current, rng.randint(1, statements))
        time.sleep(rng.uniform(0, 0.001))
    server.kill(current)
    return current


def _statements_of_an_upgrade(server: ForkServer, tmp_path: Path) -> int:
    db = tmp_path / "calibration.sqlite"
    shutil.copyfile(OLDEST, db)
    current = server.start(db, 0, mode="upgrade")
    server.wait_for(current, 0)
    server.kill(current)
    assert current.statements > 3
    return current.statements


def test_a_kill_at_any_moment_of_an_upgrade_leaves_a_file_that_opens(
    fork_server: ForkServer, tmp_path: Path, upgrade_rounds: int
) -> None:
    expected = _rows(OLDEST)
    statements = _statements_of_an_upgrade(fork_server, tmp_path)
    rng = random.Random(20261201)
    db = tmp_path / "workshop.sqlite"
    for number in range(upgrade_rounds):
        for old in tmp_path.glob("workshop*"):
            old.unlink()
        shutil.copyfile(OLDEST, db)
        _kill_during_upgrade(fork_server, db, number, rng, statements)
        _assert_upgraded_whole(db, expected)
        copies = before_upgrade_copies(db)
        assert len(copies) == 1, f"round {number}: {[copy.name for copy in copies]}"
        assert _rows(copies[0]) == expected
