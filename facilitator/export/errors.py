"""Why an export could not be written, in words the user can act on.

Same shape as :class:`facilitator.storage.errors.StoreError`: the UI shows ``message()`` in a
dialog, the CLI prints it. The texts use the UI's language (installed translators), not the
workshop's: they talk to the person at the keyboard.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication


class ExportError(Exception):
    """Base of every export failure; any earlier file at the target is still intact."""

    def __init__(self, path: Path | str, detail: str = "") -> None:
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = Path(path)
        self.detail = detail

    def message(self) -> str:
        """A sentence for the user, naming the file."""
        return QCoreApplication.translate(
            "ExportError", "The minutes could not be written to {path}: {detail}"
        ).format(path=self.path, detail=self.detail)


class TargetIsFolderError(ExportError):
    def message(self) -> str:
        return QCoreApplication.translate(
            "ExportError", "{path} is a folder. Choose a file name."
        ).format(path=self.path)


class TargetNotAFolderError(ExportError):
    """The send package needs a folder (or a new name for one); this is a file."""

    def message(self) -> str:
        return QCoreApplication.translate(
            "ExportError", "{path} is a file, not a folder. Choose a folder for the package; nothing was changed."
        ).format(path=self.path)


class TargetNotAFileError(ExportError):
    """A device, pipe or socket: replacing it would break something else (root's /dev/null)."""

    def message(self) -> str:
        return QCoreApplication.translate(
            "ExportError",
            "{path} is not an ordinary file (it is a device, pipe or socket). "
            "Choose another file name; nothing was changed.",
        ).format(path=self.path)


class TargetIsWorkshopFileError(ExportError):
    """A workshop file, a backup or a file SQLite keeps beside one: never overwritten by an export."""

    def message(self) -> str:
        return QCoreApplication.translate(
            "ExportError",
            "{path} is a workshop file or part of one, and writing over it would destroy the "
            "workshop. Choose another file name; nothing was changed.",
        ).format(path=self.path)


class TargetFolderMissingError(ExportError):
    def message(self) -> str:
        return QCoreApplication.translate(
            "ExportError", "The folder for {path} does not exist."
        ).format(path=self.path)


class TargetReadOnlyError(ExportError):
    def message(self) -> str:
        return QCoreApplication.translate(
            "ExportError",
            "{path} or its folder is read-only. Choose another file name or folder; "
            "nothing was changed."
        ).format(path=self.path)


class TargetLockedError(ExportError):
    def message(self) -> str:
        return QCoreApplication.translate(
            "ExportError",
            "{path} is open in another program (Word?). Close it there and export again; "
            "the file was left as it was."
        ).format(path=self.path)


class DiskFullError(ExportError):
    def message(self) -> str:
        return QCoreApplication.translate(
            "ExportError",
            "The disk holding {path} is full. Free some space and export again; "
            "the file was left as it was."
        ).format(path=self.path)


class TemplateError(ExportError):
    def message(self) -> str:
        return QCoreApplication.translate(
            "ExportError",
            "{path} cannot be used as a style template: it is not a Word document (.docx) "
            "or Word template (.dotx)."
        ).format(path=self.path)


class UnsupportedFormatError(ExportError):
    def message(self) -> str:
        return QCoreApplication.translate(
            "ExportError", "{path}: the minutes can be written as Word (.docx) or PDF (.pdf)."
        ).format(path=self.path)


class UnknownWorkshopError(ExportError):
    """The workshop asked for is not in the open file; no file was written."""

    def __init__(self, workshop_id: int) -> None:
        super().__init__("", f"no workshop {workshop_id}")
        self.workshop_id = workshop_id

    def message(self) -> str:
        return QCoreApplication.translate(
            "ExportError", "There is no workshop with number {id} in this file."
        ).format(
            id=self.workshop_id
        )


@contextmanager
def naming_unknown_workshop(workshop_id: int) -> Iterator[None]:
    """The reading services' LookupError (no such workshop, or deleted meanwhile) as the export
    error that says so, so that every caller reports one kind of error the one way it does."""
    try:
        yield
    except LookupError as error:
        raise UnknownWorkshopError(workshop_id) from error
