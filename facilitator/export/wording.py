"""The minutes' words in the workshop's language, whatever language the app itself speaks.

``QCoreApplication.translate`` answers in the language of the translators the app installed, i.e.
the UI's. A Danish consultant may write an English workshop's minutes (and a test may build both),
so the document asks a translator loaded for the workshop's language directly. Builders call
``self.tr("...")`` so that ``pyside6-lupdate`` extracts the strings with the class as context.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTranslator

from facilitator.assets import resource
from facilitator.i18n import translated

SUPPORTED = ("da", "en")
"""Languages the minutes can be written in; English is the source language of the strings."""


class Wording:
    """Translate document strings and format dates and times for one language."""

    def __init__(self, language: str, qm: bytes | None = None) -> None:
        self.language = language if language in SUPPORTED else "en"
        self._qm = qm  # QTranslator keeps pointing into these bytes: they live as long as we do
        self._translator: QTranslator | None = None
        if qm is not None:
            translator = QTranslator()
            if translator.load(qm):
                self._translator = translator
        danish = self.language == "da"
        self.locale = QLocale(
            QLocale.Language.Danish if danish else QLocale.Language.English,
            QLocale.Country.Denmark if danish else QLocale.Country.UnitedKingdom,
        )

    @classmethod
    def for_language(cls, language: str) -> Wording:
        """The wording for ``language``, with its ``minutes_<language>.qm`` when there is one.

        English has one only when the minutes hold texts that change with a count.
        """
        entry = resource("translations", f"minutes_{language}.qm")
        if language not in SUPPORTED or not entry.is_file():
            return cls(language)
        return cls(language, entry.read_bytes())

    @property
    def word_language(self) -> str:
        """The BCP 47 tag Word's proofing uses (``w:lang``)."""
        return "da-DK" if self.language == "da" else "en-GB"

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` in the document's language; a count ``n`` picks its form ("%n item(s)").

        The arguments are ``QCoreApplication.translate``'s, so lupdate extracts the call like that one.
        """
        return translated([self._translator] if self._translator else [], context, text, disambiguation, n)

    def tr(self, text: str) -> str:
        return self.translate("Wording", text)

    def time(self, minutes_after_midnight: int) -> str:
        """``12.30`` in Danish, ``12:30`` in English."""
        hours, minutes = divmod(minutes_after_midnight, 60)
        return self.tr("{hours:02}:{minutes:02}").format(hours=hours % 24, minutes=minutes)

    def clock(self, instant: dt.datetime, tz: dt.tzinfo | None) -> str:
        """A wall-clock instant as a time of day in ``tz`` (the computer's zone when ``None``)."""
        local = instant.astimezone(tz)
        return self.time(local.hour * 60 + local.minute)

    def time_range(self, start: str, end: str) -> str:
        return self.tr("{start}–{end}").format(start=start, end=end)

    def date(self, day: dt.date) -> str:
        """``7. marts 2019`` in Danish, ``7 March 2019`` in English."""
        return self.locale.toString(QDate(day.year, day.month, day.day), self.tr("d MMMM yyyy"))
