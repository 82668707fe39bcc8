"""Random damage to a workshop file: every command answers in words, and a damaged file is never
written.

Found by an adversarial run: random bytes in a file gave raw tracebacks ("Could not decode to
UTF-8", "malformed") in 32 of 150 cases, ``check`` said "Integrity: ok" while the export crashed,
and 7 damaged files passed the quick check at open and were written to.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from facilitator import cli
from facilitator.storage import errors
from facilitator.storage.database import open_store
from tests.minutes_seed import build_seed_workshop

DAMAGE_KINDS = ("bytes", "text", "page")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed seed workshop (every table filled), in one file without a -wal."""
    path = tmp_path_factory.mktemp("pristine") / "w.sqlite"
    store = open_store(path)
    try:
        build_seed_workshop(store)
    finally:
        store.close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    return path


def _integrity(path: Path) -> str:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
        finally:
            connection.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        return str(error)


def _damage(source: Path, target: Path, rng: random.Random) -> None:
    """Bytes overwritten the way a bad sector, a torn copy or a bit flip would."""
    data = bytearray(source.read_bytes())
    page = 4096
    kind = rng.choice(DAMAGE_KINDS)
    if kind == "bytes":  # a few random bytes anywhere past the header
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(100, len(data))] = rng.randrange(256)
    elif kind == "text":  # invalid UTF-8 inside stored text: SQLite is fine, decoding is not
        found = [i for i in range(len(data) - 2) if data[i:i + 2] in (b"\xc3\xa6", b"\xc3\xb8", b"\xc3\xa5")]
        for index in rng.sample(found, min(len(found), rng.randint(1, 4))):
            data[index] = 0xFF
    else:  # a whole page of garbage
        start = page * rng.randrange(1, len(data) // page)
        data[start:start + page] = bytes(rng.randrange(256) for _ in range(page))
    target.write_bytes(bytes(data))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _commands(path: Path, out: Path) -> list[list[str]]:
    db = ["--db", str(path), "--lang", "en"]
    return [[*db, "list"], [*db, "check"],
            [*db, "export-minutes", "--workshop", "1", "-o", str(out / "referat.docx")],
            [*db, "export-agenda", "--workshop", "1", "-o", str(out / "program.txt")]]


def test_damaged_files_get_words_not_tracebacks_and_are_never_written(
    pristine: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], damage_rounds: int
) -> None:
    rng = random.Random(20261201)
    out = tmp_path / "out"
    out.mkdir()
    for number in range(damage_rounds):
        path = tmp_path / f"damaged-{number}.sqlite"
        _damage(pristine, path, rng)
        verdict = _integrity(path)
        before = _digest(path)
        codes = {}
        for command in _commands(path, out):  # any exception but a clean exit code fails the test
            codes[command[4]] = cli.main(command)
        said = capsys.readouterr()
        assert "Traceback" not in said.err
        assert _digest(path) == before, f"round {number}: a reading command changed the file"
        if codes["check"] == 0:  # "Integrity: ok" is a promise that the file can be read
            assert verdict == "ok", f"round {number}: check said ok for {verdict!r}"
            assert codes["export-minutes"] == 0 and codes["export-agenda"] == 0, (number, said.err)
        try:
            store = open_store(path)
        except errors.StoreError as error:
            assert error.message()
            assert _digest(path) == before, f"round {number}: a refused file was written"
            continue
        store.close()
        assert verdict == "ok", f"round {number}: opened for writing although {verdict!r}"
        shutil.copyfile(pristine, path)  # keep the folder small


def test_a_file_that_fails_integrity_check_but_passes_quick_check_is_not_opened_for_writing(
    pristine: Path, tmp_path: Path
) -> None:
    """An index that no longer matches its table: quick_check does not look, integrity_check does."""
    path = tmp_path / "w.sqlite"
    shutil.copyfile(pristine, path)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA writable_schema=ON")
    connection.execute("UPDATE sqlite_master SET sql = replace(sql, '(item_id)', '(position)') "
                       "WHERE name = 'ix_contribution_item_id'")
    connection.commit()
    connection.close()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    connection.close()
    before = _digest(path)
    with pytest.raises(errors.CorruptError) as caught:
        open_store(path)
    assert "is damaged" in caught.value.message()
    assert _digest(path) == before
