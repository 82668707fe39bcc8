"""Choosing the interface language and installing Qt translators.

Source strings are English; Danish is the default and comes from ``resources/translations``
(one ``<area>_da.qm`` per part of the app) plus Qt's own ``qtbase_da.qm`` for standard buttons.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from facilitator.assets import listing, resource

LANGUAGES = {"da": "Dansk", "en": "English"}
DEFAULT_LANGUAGE = "da"
_SETTING = "ui/language"


def preferred_language(settings: QSettings) -> str:
    value = settings.value(_SETTING, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_preferred_language(settings: QSettings, language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language: {language}")
    settings.setValue(_SETTING, language)


def load_translators(language: str) -> list[QTranslator]:
    """Translators for ``language``: Qt's own and every area file of the app."""
    translators: list[QTranslator] = []
    if language == "en":
        return translators
    qt_translator = QTranslator()
    if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt_translator)
    for entry in listing("translations", f"_{language}.qm"):
        translator = _BufferTranslator(entry.read_bytes())
        if translator.loaded:
            translators.append(translator)
    return translators


class _BufferTranslator(QTranslator):
    """A translator reading a .qm held in memory (works inside zipped installs too).

    QTranslator keeps a pointer into the buffer, so the bytes live as long as the translator.
    """

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self._data = data
        self.loaded = self.load(self._data)


def area_translation(area: str, language: str) -> Callable[[str, str], str]:
    """``translate(context, text)`` from one area's file, whatever the interface language.

    For texts that follow the workshop's language rather than the user's (the scribes' phone
    page); English, or a language without a file, gives the source text back.
    """
    translator: QTranslator | None = None
    entry = resource("translations", f"{area}_{language}.qm")
    if language != "en" and entry.is_file():
        candidate = _BufferTranslator(entry.read_bytes())
        translator = candidate if candidate.loaded else None

    def translate(context: str, text: str) -> str:
        return (translator.translate(context, text) or text) if translator is not None else text

    return translate


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install and return (callers keep them alive) the translators for ``language``."""
    translators = load_translators(language)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def locale_for(language: str) -> QLocale:
    """The locale of an interface language: month and day names, first day of the week."""
    if language == "da":
        return QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def apply_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Translators plus the default locale, so calendars and dates follow the interface language.

    Widgets take the default locale when they are made: call this before building any.
    """
    QLocale.setDefault(locale_for(language))
    return install_translators(app, language)
