"""Why a database could not be opened or written, in words the user can act on.

Storage raises these; the UI shows ``message()`` in a dialog and the CLI prints it. The texts go
through Qt's translation (QtCore only: no widgets) so both speak the user's language; each call
is spelled out so that lupdate finds it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication


class StoreError(Exception):
    """Base of every storage failure the user must be told about; nothing was changed."""

    def __init__(self, path: Path | str, detail: str = "") -> None:
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = Path(path)
        self.where = str(path)  # as given: a server's URL is not a path
        self.detail = detail

    def message(self) -> str:
        """A sentence for the user, naming the file."""
        return QCoreApplication.translate("StoreError", "The workshop file {path} could not be opened.").format(path=self.path)


class IsDirectoryError(StoreError):
    def message(self) -> str:
        return QCoreApplication.translate("StoreError", "{path} is a folder, not a workshop file. Choose a file name.").format(
            path=self.path
        )


class MissingFolderError(StoreError):
    def message(self) -> str:
        return QCoreApplication.translate("StoreError", "The folder for {path} does not exist.").format(path=self.path)


class MissingFileError(StoreError):
    def message(self) -> str:
        return QCoreApplication.translate("StoreError", "There is no workshop file at {path}.").format(path=self.path)


class UnreadableError(StoreError):
    def message(self) -> str:
        return QCoreApplication.translate("StoreError", "You are not allowed to read {path}. Check the file's permissions.").format(
            path=self.path
        )


class ReadOnlyError(StoreError):
    def message(self) -> str:
        return QCoreApplication.translate("StoreError",
            "{path} or its folder is read-only, so nothing you type could be saved. "
            "Copy the file to a folder you can write to, or choose another file."
        ).format(path=self.path)


class NotDatabaseError(StoreError):
    def message(self) -> str:
        return QCoreApplication.translate("StoreError", "{path} is not a Facilitator workshop file. It was left untouched.").format(
            path=self.path
        )


class CannotReadInPlaceError(StoreError):
    """SQLite cannot read the file where it is (a ``-wal`` without ``-shm`` on read-only media)."""

    def message(self) -> str:
        return QCoreApplication.translate("StoreError",
            "{path} was not closed properly and its folder is read-only. Copy the file, together "
            "with its -wal file, to a folder you can write to and open the copy."
        ).format(path=self.path)


class CorruptError(StoreError):
    def message(self) -> str:
        return QCoreApplication.translate("StoreError",
            "{path} is damaged and cannot be opened safely. It was left untouched; "
            "restore a backup instead."
        ).format(path=self.path)


@dataclass(frozen=True)
class LockHolder:
    """Who holds a workshop file's single-instance lock, as far as its lock file tells."""

    host: str
    since: datetime | None
    on_this_computer: bool


class LockedError(StoreError):
    """Another Facilitator holds the file's single-instance lock (or did, and left it behind)."""

    def __init__(self, path: Path | str, detail: str = "", holder: LockHolder | None = None) -> None:
        super().__init__(path, detail)
        self.holder = holder

    def message(self) -> str:
        holder = self.holder
        if holder is None or holder.since is None:
            return QCoreApplication.translate("StoreError",
                "{path} is open in another Facilitator window or on another computer. "
                "Close it there first."
            ).format(path=self.path)
        since = holder.since.astimezone().strftime("%d.%m.%Y %H.%M")
        if holder.on_this_computer:
            return QCoreApplication.translate("StoreError",
                "{path} is open in another Facilitator window on this computer (since {since}). "
                "Close it there first."
            ).format(path=self.path, since=since)
        return QCoreApplication.translate("StoreError",
            "{path} is open in Facilitator on the computer {host} (since {since}). Close it there "
            "first. If Facilitator is no longer running there (that computer crashed, or the USB "
            "stick was moved here), you can take the file over."
        ).format(path=self.path, host=holder.host, since=since)

    @property
    def may_take_over(self) -> bool:
        """Whether the user may be offered to take over: only a lock of another computer, where
        this one cannot tell whether its owner still runs."""
        return self.holder is not None and not self.holder.on_this_computer


class BusyError(StoreError):
    """Another program kept writing to the file for longer than a writer waits (SQLite's lock)."""

    def message(self) -> str:
        return QCoreApplication.translate("StoreError",
            "{path} is busy: another program has been writing to it for a while, so the last "
            "change was not saved. Everything saved before is safe; try again in a moment."
        ).format(path=self.path)


def busy_retrying(path: Path | str) -> str:
    """What the user sees while a write waits for another program to finish its own."""
    return QCoreApplication.translate("StoreError",
        "{path} is busy (another program is writing to it); retrying…").format(path=path)


def read_from_upgraded_copy(path: Path | str) -> str:
    """Said by a reading command about an older file it read without upgrading it."""
    return QCoreApplication.translate("StoreError",
        "{path} was saved by an older version of Facilitator. It was read from an upgraded "
        "temporary copy and left untouched; the app upgrades it when it opens it (keeping a copy "
        "of it as it was)."
    ).format(path=path)


def read_from_copy(path: Path | str) -> str:
    """Said by a reading command about a file SQLite could not read in place."""
    return QCoreApplication.translate("StoreError",
        "{path} was not closed properly and its folder is read-only, so it was read from a "
        "temporary copy and left untouched."
    ).format(path=path)


class HalfUpgradedError(StoreError):
    """A schema that is neither its stamped revision nor a step towards the next one."""

    def __init__(self, path: Path | str, kept_copy: Path | None) -> None:
        super().__init__(path, "schema does not match its version stamp")
        self.kept_copy = kept_copy

    def message(self) -> str:
        if self.kept_copy is None:
            return QCoreApplication.translate("StoreError",
                "{path} was left half-upgraded by an earlier version of Facilitator and cannot be "
                "repaired here. It was left untouched; restore a backup instead."
            ).format(path=self.path)
        return QCoreApplication.translate("StoreError",
            "{path} was left half-upgraded by an earlier version of Facilitator and cannot be "
            "repaired here. It was left untouched. The file as it was before the upgrade is kept "
            "as {copy}: close Facilitator, put that file in its place, and open it again."
        ).format(path=self.path, copy=self.kept_copy)


class NewerSchemaError(StoreError):
    def message(self) -> str:
        return QCoreApplication.translate("StoreError",
            "{path} was saved by a newer version of Facilitator. Update the app to open it; "
            "the file was left untouched."
        ).format(path=self.path)


class DiskFullError(StoreError):
    def message(self) -> str:
        return QCoreApplication.translate("StoreError",
            "The disk holding {path} is full, so the last change was not saved. "
            "Everything saved before is safe. Free some space and try again."
        ).format(path=self.path)


class WriteError(StoreError):
    def message(self) -> str:
        return QCoreApplication.translate("StoreError", "The change could not be saved to {path}: {detail}").format(
            path=self.path, detail=self.detail
        )


class PasswordNeeded(StoreError):
    """The server wants a password that neither the URL, PGPASSWORD nor ~/.pgpass gave."""

    def message(self) -> str:
        return QCoreApplication.translate("StoreError", "The server {path} asks for a password.").format(path=self.where)


class ServerUnreachableError(StoreError):
    """The server cannot be reached now (network, server stopped or restarting).

    Said at once while the server is known to be away, without waiting on the network again.
    """

    def message(self) -> str:
        return QCoreApplication.translate(
            "StoreError", "The server {url} cannot be reached. Check the network and that the server runs. "
            "Until it is back, lines typed into the lists are kept on this laptop and sent when it "
            "returns; other changes cannot be saved meanwhile."
        ).format(url=self.where)


class ServerWriteError(StoreError):
    """The server answered, and refused the change (a constraint, a text too long)."""

    def message(self) -> str:
        return QCoreApplication.translate(
            "StoreError", "The server {url} refused the change: {detail}").format(url=self.where, detail=self.detail)
