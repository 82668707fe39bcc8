"""A failed write never leaves a broken file nor overwrites a good one."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from facilitator.export import atomic, errors
from facilitator.export.atomic import write_atomically


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_new_file_and_replacement(tmp_path: Path) -> None:
    target = tmp_path / "referat.docx"
    assert write_atomically(target, b"first") == target
    write_atomically(target, b"second")
    assert target.read_bytes() == b"second" and leftovers(tmp_path) == []


def test_read_only_target_is_refused_and_kept(tmp_path: Path) -> None:
    target = tmp_path / "referat.docx"
    target.write_bytes(b"good")
    target.chmod(0o444)
    with pytest.raises(errors.TargetReadOnlyError) as caught:
        write_atomically(target, b"new")
    assert target.read_bytes() == b"good" and leftovers(tmp_path) == []
    assert str(target) in caught.value.message() and "read-only" in caught.value.message()


def test_target_open_elsewhere_gives_a_clear_message_and_keeps_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows a file open in Word cannot be replaced: os.replace raises PermissionError."""
    target = tmp_path / "referat.docx"
    target.write_bytes(b"good")

    def locked(source: object, destination: object) -> None:
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(errors.TargetLockedError) as caught:
        write_atomically(target, b"new")
    assert target.read_bytes() == b"good" and leftovers(tmp_path) == []
    assert "Word" in caught.value.message()


def test_disk_full_while_writing_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "referat.docx"
    target.write_bytes(b"good")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(errors.DiskFullError):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"good" and leftovers(tmp_path) == []


def test_folder_and_missing_folder_targets(tmp_path: Path) -> None:
    with pytest.raises(errors.TargetIsFolderError):
        write_atomically(tmp_path, b"x")
    with pytest.raises(errors.TargetFolderMissingError) as caught:
        write_atomically(tmp_path / "nowhere" / "referat.docx", b"x")
    assert "nowhere" in caught.value.message()


def test_replacement_keeps_the_old_permissions(tmp_path: Path) -> None:
    target = tmp_path / "referat.docx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomically(target, b"new")
    assert target.stat().st_mode & 0o777 == 0o640
