"""Choosing the interface language and installing Qt translators.

Source strings are English; Danish is the default and comes from ``resources/translations``
(one ``<area>_da.qm`` per part of the app) plus Qt's own ``qtbase_da.qm`` for standard buttons.
English loads the ``<area>_en.qm`` files, which hold only the counted texts' singular and plural
("%n item(s)" → "1 item", "2 items").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

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
    qt_translator = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt_translator.load(f"qtbase_{language}", qt_folder):  # English: Qt's source texts
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


def form(translators: Iterable[QTranslator], context: str, text: str,
         disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` from the first of ``translators`` that has it, else the source; a count ``n``
    picks its singular or plural form, ``%n`` still in it.

    The one lookup behind every text that follows the workshop's language rather than the
    interface's (projector, wall, minutes, the scribes' phone page).
    """
    return next((hit for t in translators if (hit := t.translate(context, text, disambiguation, n))), text)


def translated(translators: Iterable[QTranslator], context: str, text: str,
               disambiguation: str | None = None, n: int = -1) -> str:
    """:func:`form` with the count filled in for ``%n``, as ``QCoreApplication.translate`` does."""
    found = form(translators, context, text, disambiguation, n)
    return found.replace("%n", str(n)) if n >= 0 else found


def area_translators(area: str, language: str) -> list[QTranslator]:
    """The translator of one area's file for ``language``; none when it has no file."""
    entry = resource("translations", f"{area}_{language}.qm")
    if not entry.is_file():
        return []
    translator = _BufferTranslator(entry.read_bytes())
    return [translator] if translator.loaded else []


def area_translation(area: str, language: str) -> Callable[..., str]:
    """``translate(context, text, disambiguation=None, n=-1)`` from one area's file, whatever the
    interface language, with ``%n`` left in: for the scribes' phone page, which fills in counts
    itself as they change.

    A text the file lacks comes back as the source text.
    """
    translators = area_translators(area, language)

    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return form(translators, context, text, disambiguation, n)

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
