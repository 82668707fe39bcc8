"""The projector's words in the workshop's language, whatever language the interface speaks.

``QCoreApplication.translate`` answers in the interface's language (the translators installed at
start-up). The room reads the workshop's document language, as the minutes do: a Danish
consultant may run an English workshop. So the slide builder and the wall ask translators loaded
for the workshop's language directly. Source strings stay in ``translate("Projector", "…")``
calls, which ``pyside6-lupdate`` extracts as usual.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from PySide6.QtCore import QTranslator

from facilitator.export.wording import Wording
from facilitator.i18n import load_translators, translated


class AudienceWords:
    """Translate audience-facing texts and write dates in one language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translators: list[QTranslator] = load_translators(language)
        self._wording = Wording.for_language(language)

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` in the workshop's language; a count ``n`` picks its form ("%n line(s)").

        The arguments are ``QCoreApplication.translate``'s, so lupdate extracts the call like that one.
        """
        return translated(self._translators, context, text, disambiguation, n)

    def date(self, day: dt.date) -> str:
        """``30. januar 2018`` in Danish, ``30 January 2018`` in English."""
        return self._wording.date(day)


@cache
def audience_words(language: str) -> AudienceWords:
    """The words for ``language``, loaded once per language."""
    return AudienceWords(language)
