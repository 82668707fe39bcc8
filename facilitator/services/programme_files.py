"""Opening a programme file for the import, the same way from the Plan section and the command line.

The reader is chosen by the content (see :mod:`facilitator.domain.programme.sources`); a file
that is none of the forms read is refused with an :class:`InputError` saying why.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP

from facilitator.domain.programme.sources import NotAProgramme, Refusal, Source, read_file
from facilitator.services.input_errors import InputError

MAX_BYTES = 50 * 1024 * 1024  # larger than any programme or invitation with pictures

_REASONS = {
    Refusal.EMPTY: QT_TRANSLATE_NOOP(
        "InputError", "The file is empty."),
    Refusal.DATABASE: QT_TRANSLATE_NOOP(
        "InputError", "This is a database (perhaps a workshop file), not a programme."),
    Refusal.PDF: QT_TRANSLATE_NOOP(
        "InputError", "PDF files cannot be read: open the PDF, copy the programme and paste it (Ctrl+Shift+V)."),
    Refusal.OLD_OFFICE: QT_TRANSLATE_NOOP(
        "InputError", "This is an old Word or Excel file (.doc/.xls): save it as .docx or .xlsx and open that."),
    Refusal.OTHER_DOCUMENT: QT_TRANSLATE_NOOP(
        "InputError", "This kind of document cannot be read: save it as .docx, .xlsx, .csv or text."),
    Refusal.RTF: QT_TRANSLATE_NOOP(
        "InputError", "RTF files cannot be read: save the document as .docx or as text."),
    Refusal.BINARY: QT_TRANSLATE_NOOP(
        "InputError", "This is not a text, Word, spreadsheet or HTML file."),
    Refusal.DAMAGED: QT_TRANSLATE_NOOP(
        "InputError", "The file looks like a Word or Excel document but cannot be opened (it may be damaged)."),
}


def read_programme_bytes(data: bytes, name: str) -> Source:
    """Source lines of a file's content; raises :class:`InputError` when refused."""
    try:
        return read_file(data, name)
    except NotAProgramme as error:
        raise InputError(_REASONS[error.refusal]) from error


def read_programme_file(path: Path) -> Source:
    """Read a programme file after checking its size; raises :class:`InputError`."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(QT_TRANSLATE_NOOP("InputError", "{path} is {size} MB: too big for a programme (at most {limit} MB)."),
                                     path=path, size=size // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024))
        data = path.read_bytes()
    except OSError as error:
        raise InputError(QT_TRANSLATE_NOOP("InputError", "Cannot read {path}: {reason}"), path=path,
                                 reason=error.strerror or error) from error
    return read_programme_bytes(data, path.name)
