"""Looking is not touching: refused files keep their -wal, reading commands never upgrade or write,
and a workshop on read-only media can still be listed, checked, exported and backed up.

Found by an adversarial run: inspecting a foreign or newer file checkpointed its WAL and deleted
it ("left untouched" was untrue), another Alembic app's database was called "saved by a newer
version of Facilitator", and two ``list`` runs on an old file raced on the same before-upgrade
copy while upgrading a file they only meant to read.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from facilitator import cli
from facilitator.services.backups import BackupService
from facilitator.storage import errors
from facilitator.storage.database import open_store
from tests.integration.workshop_file import make_workshop

ROOT = Path(__file__).resolve().parents[2]
OLDEST = ROOT / "tests" / "fixtures" / "schema-0001.sqlite"


def _digests(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` by name: what "untouched" means, the -wal included.

    The -shm is left out: it holds no data, only SQLite's index of the -wal, which a reader
    rebuilds in place (its existence still counts).
    """
    return {path.name: "" if path.name.endswith("-shm") else hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.iterdir())}


def _crashed_copy(build: Callable[[sqlite3.Connection], None], folder: Path, name: str = "w.sqlite") -> Path:
    """A WAL database as a crash leaves it: committed pages still in its -wal, a -shm beside it.

    Built in a scratch folder with a connection kept open (so nothing is checkpointed) and its
    three files copied to ``folder``.
    """
    scratch = folder / "scratch"
    scratch.mkdir()
    connection = sqlite3.connect(scratch / name)
    connection.execute("PRAGMA journal_mode=WAL")
    build(connection)
    connection.commit()
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(scratch / f"{name}{suffix}", folder / f"{name}{suffix}")
    connection.close()
    shutil.rmtree(scratch)
    assert (folder / f"{name}-wal").stat().st_size > 0
    return folder / name


def _foreign(connection: sqlite3.Connection) -> None:
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.executemany("INSERT INTO notes VALUES (?)", [("note",)] * 50)


def _newer(connection: sqlite3.Connection) -> None:
    source = sqlite3.connect(make_workshop(connection_folder(connection) / "source.sqlite"))
    source.backup(connection)
    source.close()
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("UPDATE alembic_version SET version_num = 'f00dfacade99'")


def _other_alembic_app(connection: sqlite3.Connection) -> None:
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES ('3f2a9c1d0b7e')")
    connection.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
    connection.execute("INSERT INTO songs (title) VALUES ('Amazing Grace')")


def connection_folder(connection: sqlite3.Connection) -> Path:
    return Path(connection.execute("PRAGMA database_list").fetchone()[2]).parent


@pytest.mark.parametrize(
    ("build", "expected", "words"),
    [
        (_foreign, errors.NotDatabaseError, "is not a Facilitator workshop file"),
        (_newer, errors.NewerSchemaError, "newer version"),
        (_other_alembic_app, errors.NotDatabaseError, "is not a Facilitator workshop file"),
    ],
    ids=["foreign", "newer", "another alembic app"],
)
def test_a_refused_file_keeps_its_wal(tmp_path: Path, build: Callable[[sqlite3.Connection], None],
                                      expected: type[errors.StoreError], words: str) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    path = _crashed_copy(build, folder)
    before = _digests(folder)
    for opener in (open_store, lambda p: cli_open_for_reading(p)):
        with pytest.raises(expected) as caught:
            opener(path)
        assert words in caught.value.message()
        assert _digests(folder) == before, "the refused file or its -wal changed"


def cli_open_for_reading(path: Path) -> None:
    from facilitator.storage.database import open_for_reading

    open_for_reading(path).close()


def _old_file(folder: Path) -> Path:
    path = folder / "gammel.sqlite"
    shutil.copyfile(OLDEST, path)
    return path


@pytest.mark.parametrize(
    "command",
    [["list"], ["check"], ["export-agenda", "--workshop", "1"],
     ["export-programme", "--workshop", "1", "-o", "{out}/program.docx"],
     ["export-minutes", "--workshop", "1", "-o", "{out}/referat.docx"]],
    ids=lambda command: command[0],
)
def test_reading_commands_read_an_old_file_without_upgrading_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    folder, out = tmp_path / "files", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    path = _old_file(folder)
    before = _digests(folder)
    code = cli.main(["--db", str(path), "--lang", "en", *(part.format(out=out) for part in command)])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert "older version" in printed.err and "left untouched" in printed.err
    assert _digests(folder) == before, "a reading command changed the file or made a copy beside it"
    if command[0] == "check":
        assert "Schema version: 0001" in printed.out and "Integrity: ok" in printed.out


def test_two_list_runs_at_once_on_an_old_file_both_work_and_leave_it_alone(tmp_path: Path) -> None:
    path = _old_file(tmp_path)
    before = _digests(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = [subprocess.Popen([sys.executable, "-m", "facilitator", "--lang", "en", "list", "--db", str(path)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
            for _ in range(2)]
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        assert out.startswith("1\t")
    assert _digests(tmp_path) == before


@pytest.fixture
def read_only_media() -> Iterator[Callable[[Path], None]]:
    """Make a folder and everything in it read-only, also for root (``chattr +i``)."""
    undo: list[list[str]] = []

    def protect(folder: Path) -> None:
        paths = [*folder.iterdir(), folder]
        if os.geteuid() != 0:
            for path in paths:
                path.chmod(0o555 if path.is_dir() else 0o444)
            undo.append(["chmod", "-R", "u+w", str(folder)])
            return
        if subprocess.run(["chattr", "+i", *map(str, paths)], capture_output=True).returncode != 0:
            pytest.skip("root without chattr +i: read-only media cannot be made here")
        undo.append(["chattr", "-i", *map(str, paths)])

    yield protect
    for command in undo:
        subprocess.run(command, check=True)


def _stick_with(path_maker: Callable[[Path], Path], tmp_path: Path) -> tuple[Path, Path]:
    stick = tmp_path / "stick"
    stick.mkdir()
    return stick, path_maker(stick)


def _closed_workshop(stick: Path) -> Path:
    return make_workshop(stick / "temadag.sqlite", lines=5)


def _crashed_workshop(stick: Path) -> Path:
    """A workshop the app was writing when the stick was pulled: lines in its -wal."""
    source = make_workshop(stick.parent / "source.sqlite", lines=5)

    def build(connection: sqlite3.Connection) -> None:
        original = sqlite3.connect(source)
        original.backup(connection)
        original.close()
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("UPDATE contribution SET text = 'fra -wal: ' || text")

    return _crashed_copy(build, stick, "temadag.sqlite")


@pytest.mark.parametrize("kind", [_closed_workshop, _crashed_workshop], ids=["closed", "crashed"])
@pytest.mark.parametrize("without_shm", [False, True], ids=["", "no -shm"])
def test_read_only_media_allow_list_check_export_and_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], read_only_media: Callable[[Path], None],
    kind: Callable[[Path], Path], without_shm: bool,
) -> None:
    stick, path = _stick_with(kind, tmp_path)
    if without_shm:
        Path(f"{path}-shm").unlink(missing_ok=True)
    read_only_media(stick)
    before = _digests(stick)
    out = tmp_path / "out"
    out.mkdir()
    db = ["--db", str(path), "--lang", "en"]
    assert cli.main([*db, "list"]) == 0
    assert cli.main([*db, "check"]) == 0
    assert "Integrity: ok" in capsys.readouterr().out
    assert cli.main([*db, "export-agenda", "--workshop", "1", "-o", str(out / "program.txt")]) == 0
    assert cli.main([*db, "export-minutes", "--workshop", "1", "-o", str(out / "referat.docx")]) == 0
    assert cli.main([*db, "backup"]) == 0, capsys.readouterr().err
    backups = BackupService(Path(os.environ["XDG_DATA_HOME"]) / "Facilitator" / "backups").backups(path)
    assert len(backups) == 1
    expected = "fra -wal: " if kind is _crashed_workshop else "Linje"
    with sqlite3.connect(f"file:{backups[0].path}?mode=ro", uri=True) as copy:
        assert copy.execute("SELECT text FROM contribution").fetchone()[0].startswith(expected)
    copy.close()
    assert _digests(stick) == before


def _killed_mid_transaction(path: Path) -> None:
    """A writer in rollback-journal mode killed mid-transaction: a hot -journal, pages spilled."""
    code = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode=DELETE'); c.execute('PRAGMA cache_size=1')\n"
        "c.execute('BEGIN'); c.execute(\"UPDATE contribution SET text = text || ' halvt skrevet'\")\n"
        "os._exit(9)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=False)
    assert Path(f"{path}-journal").stat().st_size > 0


def test_a_file_killed_mid_transaction_is_read_without_writing_and_recovered_when_opened(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_workshop(tmp_path / "w.sqlite", lines=400)
    _killed_mid_transaction(path)
    before = _digests(tmp_path)
    assert cli.main(["--db", str(path), "--lang", "en", "list"]) == 0
    assert _digests(tmp_path) == before  # read from a copy: the hot journal is still there
    store = open_store(path)  # the app rolls the journal back, as SQLite does for any writer
    try:
        from tests.integration.workshop_file import stored_texts

        assert not any(text.endswith("halvt skrevet") for text in stored_texts(store))
    finally:
        store.close()
