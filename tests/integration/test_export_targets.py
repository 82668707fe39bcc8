"""Every export, and saving an attachment, refuses a target that would destroy something.

Found by an adversarial run: ``export-minutes -o w.sqlite`` on the open file reported success and
the database became a Word file. Each case checks the refusal's words, that the target's bytes
(or its absence) are unchanged, and for the open workshop that it still holds every line.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator import cli
from facilitator.export.attachments import save_attachment
from facilitator.export.errors import ExportError
from facilitator.services.attachments import AttachmentService
from facilitator.storage.database import open_store
from tests.integration.forkserver import ForkServer
from tests.integration.workshop_file import make_workshop, stored_texts

Target = Callable[[Path, Path], Path]  # (workshop file, scratch folder) -> the target to try


def _fingerprint(path: Path) -> str | None:
    """What replacing ``path`` would change; None when absent (links are not followed).

    The open workshop and its side files change as the app writes, so for them the inode is
    compared (``os.replace`` gives a new one); any other regular file is compared byte for byte.
    """
    if not os.path.lexists(path):
        return None
    status = os.lstat(path)
    if stat.S_ISREG(status.st_mode) and path.name.startswith("w.sqlite"):
        return f"inode {status.st_ino}"
    if stat.S_ISREG(status.st_mode):
        return hashlib.sha256(path.read_bytes()).hexdigest()
    return f"mode {stat.S_IFMT(status.st_mode):o} -> {os.readlink(path) if path.is_symlink() else ''}"


def _sides(db: Path) -> list[Path]:
    return [Path(f"{db}{suffix}") for suffix in ("-wal", "-shm", ".lock", "-journal")]


def _the_database(db: Path, folder: Path) -> Path:
    return db


def _side(suffix: str) -> Target:
    return lambda db, folder: Path(f"{db}{suffix}")


def _another_workshop(db: Path, folder: Path) -> Path:
    return make_workshop(folder / "andet.docx", lines=2)  # a workshop file, whatever its name


def _a_folder(db: Path, folder: Path) -> Path:
    target = folder / "referat.docx"
    target.mkdir()
    return target


def _a_fifo(db: Path, folder: Path) -> Path:
    target = folder / "pipe.docx"
    os.mkfifo(target)
    return target


def _a_device(db: Path, folder: Path) -> Path:
    """A character device: a private null device as root (safe to lose), else /dev/null."""
    if os.geteuid() != 0:
        return Path("/dev/null")
    target = folder / "null.docx"
    os.mknod(target, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    return target


def _link_to(make: Target) -> Target:
    def link(db: Path, folder: Path) -> Path:
        pointed = make(db, folder)
        target = folder / f"link-to-{pointed.name}.docx"
        target.symlink_to(pointed)
        return target

    return link


TARGETS: dict[str, Target] = {
    "the open database": _the_database,
    "its -wal": _side("-wal"),
    "its -shm": _side("-shm"),
    "its lock": _side(".lock"),
    "its -journal": _side("-journal"),
    "another workshop file": _another_workshop,
    "a folder": _a_folder,
    "a fifo": _a_fifo,
    "a device": _a_device,
    "a symlink to the database": _link_to(_the_database),
    "a symlink to a folder": _link_to(_a_folder),
    "a symlink to a fifo": _link_to(_a_fifo),
    "a symlink to /dev/null": lambda db, folder: _link_to(lambda d, f: Path("/dev/null"))(db, folder),
}

COMMANDS = {
    "export-minutes": lambda workshop, target: ["export-minutes", "--workshop", str(workshop), "-o", str(target)],
    "export-programme": lambda workshop, target: ["export-programme", "--workshop", str(workshop), "-o", str(target)],
    "export-script": lambda workshop, target: ["export-programme", "--script", "--workshop", str(workshop),
                                               "-o", str(target)],
    "export-agenda": lambda workshop, target: ["export-agenda", "--workshop", str(workshop), "-o", str(target)],
}

REFUSALS = ("workshop file or part of one", "is a folder", "not an ordinary file")


@pytest.fixture
def open_workshop(fork_server: ForkServer, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A workshop file that another process (the app) has open and is writing to."""
    db = make_workshop(tmp_path / "w.sqlite")
    writer = fork_server.start(db, 0)
    fork_server.wait_for(writer, 3)
    yield db
    fork_server.kill(writer)
    store = open_store(db)
    try:
        lines = {text for table, _, text in writer.acks if table == "contribution"}
        assert lines <= set(stored_texts(store)), "the open workshop lost lines"
    finally:
        store.close()


# Every kind for the minutes (which checks before its long build); a sample for the others, which
# reach the same guard through the atomic writer.
CASES = [("export-minutes", kind) for kind in TARGETS] + [
    (command, kind)
    for command in sorted(set(COMMANDS) - {"export-minutes"})
    for kind in ("the open database", "its lock", "a fifo", "a symlink to /dev/null")
]


@pytest.mark.parametrize(("command", "kind"), CASES)
def test_an_export_never_replaces_what_it_must_not(
    open_workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, kind: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = TARGETS[kind](open_workshop, folder)
    watched = (target, Path(os.path.realpath(target)), open_workshop, *_sides(open_workshop))
    before = {path: _fingerprint(path) for path in watched}
    code = cli.main(["--db", str(open_workshop), "--lang", "en", *COMMANDS[command](1, target)])
    error = capsys.readouterr().err
    assert code != 0
    assert any(words in error for words in REFUSALS), error
    assert {path: _fingerprint(path) for path in before} == before


@pytest.mark.parametrize("kind", list(TARGETS))
def test_saving_an_attachment_never_replaces_what_it_must_not(open_workshop: Path, tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = TARGETS[kind](open_workshop, folder)
    before = {path: _fingerprint(path) for path in (target, open_workshop, *_sides(open_workshop))}
    store = open_store(open_workshop, exclusive=False)
    try:
        attachments = AttachmentService(store)
        attachment_id, _ = attachments.add(1, "Slides", filename="slides.pdf", data=b"%PDF-1.4" * 100)
        assert attachment_id is not None
        with pytest.raises(ExportError) as caught:
            save_attachment(attachments, attachment_id, target)
    finally:
        store.close()
    assert any(words in caught.value.message() for words in REFUSALS)
    assert {path: _fingerprint(path) for path in before} == before


def test_a_symlink_to_an_ordinary_file_writes_that_file_and_keeps_the_link(tmp_path: Path,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = make_workshop(tmp_path / "w.sqlite")
    real = tmp_path / "program.txt"
    real.write_text("old")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    assert cli.main(["--db", str(db), "export-agenda", "--workshop", "1", "-o", str(link)]) == 0
    assert link.is_symlink() and "Gruppearbejde" in real.read_text()
