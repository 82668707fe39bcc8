"""Prints, as JSON, what Qt answers through ICU for the given locales: collation orders, case
mapping, time zone names, converters; and Qt's word and line boundaries of Danish text.

Run by tests/integration/test_built_app.py once over the full ICU data of the installed PySide6
and once with the built app's ICU libraries preloaded, to compare the two.

    python3 icu_probe.py LOCALE...
"""

from __future__ import annotations

import functools
import json
import sys

from PySide6.QtCore import QByteArray, QCollator, QDate, QDateTime, QLocale, QMimeData, QStringDecoder, QTextBoundaryFinder, QTime, QTimeZone

WORDS = ["Aarhus", "Århus", "Ålborg", "åen", "Zealand", "zebra", "æble", "Ærø", "øl", "Ølstykke", "Öl", "Ängel",
         "ost", "Müller", "Mueller", "Straße", "Strasse", "côte", "coté", "côté", "cote", "þorn", "Ðóra", "vær", "wc",
         "ü", "y", "Klynge 10", "Klynge 9", "10", "9"]
ZONES = ["Europe/Copenhagen", "Atlantic/Faroe", "America/Nuuk", "Europe/Oslo", "Europe/Stockholm",
         "Europe/Helsinki", "Atlantic/Reykjavik", "Europe/Berlin", "Europe/Paris", "Europe/London", "UTC"]
ENCODINGS = ["windows-1252", "cp1252", "ISO-8859-15", "windows-1250", "ISO-8859-2", "IBM850", "IBM865", "macintosh"]
WALL_TEXT = "Bedre overgange mellem sygehus og kommune – æøå-ordninger, “tidlig opsporing” og 24/7-vagt."


def collation(locale: str) -> dict[str, object]:
    collator = QCollator(QLocale(locale))
    plain = sorted(WORDS, key=functools.cmp_to_key(collator.compare))
    collator.setNumericMode(True)
    numeric = sorted(WORDS, key=functools.cmp_to_key(collator.compare))
    collator.setCaseSensitivity(collator.caseSensitivity().CaseInsensitive)
    return {"sorted": plain, "numeric": numeric, "ignoring case": collator.compare("ÆBLE", "æble")}


def zone_names(locale: str) -> dict[str, list[str]]:
    moments = [QDateTime(QDate(2027, 1, 23), QTime(9, 30)), QDateTime(QDate(2027, 6, 23), QTime(9, 30))]
    names = {}
    for zone_id in ZONES:
        zone = QTimeZone(zone_id.encode())
        names[zone_id] = [zone.displayName(moment, kind, QLocale(locale)) for moment in moments
                          for kind in QTimeZone.NameType] + [
            zone.displayName(QTimeZone.TimeType.GenericTime, QTimeZone.NameType.LongName, QLocale(locale))]
    return names


def decoded(encoding: str) -> list[object]:
    """A pasted HTML page declaring ``encoding``, as Qt's clipboard reads it (through ICU)."""
    page = QMimeData()
    body = bytes(byte for byte in range(0x20, 0x100) if byte not in b"<>&")
    page.setData("text/html", QByteArray(f'<html><head><meta charset="{encoding}"></head><body>'.encode() + body))
    return [QStringDecoder(encoding).isValid(), page.html()]


def boundaries(kind: QTextBoundaryFinder.BoundaryType) -> list[int]:
    finder = QTextBoundaryFinder(kind, WALL_TEXT)
    found = []
    while (position := finder.toNextBoundary()) != -1:
        found.append(position)
    return found


def main(locales: list[str]) -> None:
    icu_data = sorted({line.split()[-1] for line in open("/proc/self/maps", encoding="utf-8") if "libicudata" in line})
    result = {
        "icu_data": icu_data,
        "locales": {locale: {**collation(locale), "zones": zone_names(locale),
                             "case": [QLocale(locale).toUpper("istanbul æøå straße"), QLocale(locale).toLower("İSTANBUL ÆØÅ")]}
                    for locale in locales},
        "encodings": {encoding: decoded(encoding) for encoding in ENCODINGS},
        "words": [WALL_TEXT[start:end] for start, end in zip([0, *boundaries(QTextBoundaryFinder.BoundaryType.Word)],
                                                             boundaries(QTextBoundaryFinder.BoundaryType.Word))],
        "lines": boundaries(QTextBoundaryFinder.BoundaryType.Line),
    }
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
