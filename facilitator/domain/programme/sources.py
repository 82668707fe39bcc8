"""Every door into the import (a file, the clipboard, standard input) turned into source lines.

The reader is chosen by the content, not the name: a Word document or workbook is a zip with
their parts; HTML has its tags; a spreadsheet export splits every line into the same cells.
Text is decoded honouring a byte-order mark (UTF-8, UTF-16 and UTF-32, as Notepad's "Unicode"
writes), else as UTF-8, else Windows-1252. A database, a PDF, an old binary Office file, an
image or any other binary file is refused with the reason: nothing is read from it.
"""

from __future__ import annotations

import codecs
import io
import zipfile
from dataclasses import dataclass
from enum import StrEnum

from facilitator.domain.programme.html_reader import html_lines, looks_like_html
from facilitator.domain.programme.reader import SourceLine, text_lines
from facilitator.domain.programme.sheets import csv_lines, sniff_delimiter, xlsx_lines
from facilitator.domain.programme.word import word_lines

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SNIFF = 65536
_MAX_CONTROL_SHARE = 0.01  # more C0 controls than this in a text is a binary file


class SourceKind(StrEnum):
    TEXT = "text"
    HTML = "html"
    WORD = "word"
    SPREADSHEET = "spreadsheet"


class Refusal(StrEnum):
    """Why a file is not read as a programme."""

    EMPTY = "empty"
    DATABASE = "database"  # an SQLite file, e.g. a workshop file itself
    PDF = "pdf"
    OLD_OFFICE = "old_office"  # .doc / .xls / .msg (OLE2)
    OTHER_DOCUMENT = "other_document"  # OpenDocument, PowerPoint, another zip
    RTF = "rtf"
    BINARY = "binary"
    DAMAGED = "damaged"  # looks like a Word or Excel file but cannot be opened


class NotAProgramme(ValueError):
    """The content is none of the forms the import reads; ``refusal`` says which case."""

    def __init__(self, refusal: Refusal, detail: str = "") -> None:
        super().__init__(f"{refusal}: {detail}" if detail else str(refusal))
        self.refusal = refusal
        self.detail = detail


@dataclass(frozen=True)
class Source:
    """What a door gave: its kind and the lines (text lines and table rows) to parse."""

    kind: SourceKind
    lines: tuple[SourceLine, ...]


def decode_text(data: bytes) -> str:
    """Bytes of a text file as typed on any laptop; raises :class:`NotAProgramme` for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    sample = data[:_SNIFF]
    if b"\x00" in sample:
        unbommed = _utf16_without_bom(sample)
        if unbommed is None:
            raise NotAProgramme(Refusal.BINARY)
        text = data.decode(unbommed, errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text[:_SNIFF] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(2, len(text[:_SNIFF]) * _MAX_CONTROL_SHARE):
        raise NotAProgramme(Refusal.BINARY)
    return text


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 written without a mark: nearly every other byte is zero (Latin text)."""
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.4 and even < 0.05:
        return "utf-16-le"
    if even > 0.4 and odd < 0.05:
        return "utf-16-be"
    return None


def _zip_kind(data: bytes) -> SourceKind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise NotAProgramme(Refusal.DAMAGED, str(error)) from error
    if "word/document.xml" in names:
        return SourceKind.WORD
    if "xl/workbook.xml" in names:
        return SourceKind.SPREADSHEET
    raise NotAProgramme(Refusal.OTHER_DOCUMENT)


def _refuse_by_magic(data: bytes) -> None:
    if not data.strip():
        raise NotAProgramme(Refusal.EMPTY)
    if data.startswith(b"SQLite format 3\x00"):
        raise NotAProgramme(Refusal.DATABASE)
    if data.startswith(b"%PDF"):
        raise NotAProgramme(Refusal.PDF)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise NotAProgramme(Refusal.OLD_OFFICE)
    if data.lstrip().startswith(b"{\\rtf"):
        raise NotAProgramme(Refusal.RTF)
    if data.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x1f\x8b", b"BZh", b"7z\xbc\xaf", b"Rar!",
                        b"\x7fELF", b"MZ", b"ID3", b"OggS", b"fLaC", b"RIFF")):
        raise NotAProgramme(Refusal.BINARY)


def read_file(data: bytes, name: str = "") -> Source:
    """The source lines of a file's bytes; ``name`` only tells a comma-separated .csv from prose."""
    _refuse_by_magic(data)
    if data.startswith(b"PK\x03\x04"):
        kind = _zip_kind(data)
        try:
            lines = word_lines(data) if kind is SourceKind.WORD else xlsx_lines(data)
        except ValueError as error:
            raise NotAProgramme(Refusal.DAMAGED, str(error)) from error
        return Source(kind, tuple(lines))
    text = decode_text(data)
    lowered = name.lower()
    return read_text(text, named_csv=lowered.endswith((".csv", ".tsv")))


def read_text(text: str, *, named_csv: bool = False) -> Source:
    """Text from a file or the clipboard: HTML, a spreadsheet export, or a plain/Markdown programme."""
    if looks_like_html(text):
        return Source(SourceKind.HTML, tuple(html_lines(text)))
    delimiter = sniff_delimiter(text, named_csv=named_csv)
    if delimiter is not None:
        lines = csv_lines(text, delimiter)
        if lines:
            return Source(SourceKind.SPREADSHEET, tuple(lines))
    return Source(SourceKind.TEXT, tuple(text_lines(text)))


def read_clipboard(html: str | None, text: str) -> Source:
    """A paste: the HTML flavour when it holds a table (Word, a browser, Outlook), else the text."""
    if html and "<table" in html.lower():
        return Source(SourceKind.HTML, tuple(html_lines(html)))
    return read_text(text)
