"""Danish is the default interface language; English is the source, with files only for the
forms of counted texts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from facilitator.i18n import install_translators, preferred_language, set_preferred_language
from facilitator.storage.errors import NotDatabaseError


def test_default_language_is_danish_and_the_choice_is_remembered() -> None:
    settings = QSettings()
    assert preferred_language(settings) == "da"
    set_preferred_language(settings, "en")
    assert preferred_language(QSettings()) == "en"


def test_danish_translators_translate_app_and_qt_texts(qapp: QApplication) -> None:
    translators = install_translators(qapp, "da")
    try:
        assert len(translators) >= 2  # Qt's own and at least the foundation's
        assert QCoreApplication.translate("sections", "Set-up") == "Opsætning"
        assert "er ikke en Facilitator-workshopfil" in NotDatabaseError(Path("x.txt")).message()
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("sections", "Set-up") == "Set-up"


def test_english_translators_give_counted_texts_their_forms_and_leave_the_rest(qapp: QApplication) -> None:
    translators = install_translators(qapp, "en")
    try:
        assert translators  # one file per area with counted texts, and not Qt's own
        assert QCoreApplication.translate("sections", "Set-up") == "Set-up"
        assert QCoreApplication.translate("cli", "Foreign keys: %n problem(s)", None, 1) == "Foreign keys: 1 problem"
        assert QCoreApplication.translate("cli", "Foreign keys: %n problem(s)", None, 2) == "Foreign keys: 2 problems"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_workshop_language_lookup_fills_in_the_count(qapp: QApplication) -> None:
    """The one lookup behind the projector, the wall, the minutes and the phone page."""
    from facilitator.i18n import area_translators, translated

    for language, one, two in (("da", "Fremmednøgler: 1 problem", "Fremmednøgler: 2 problemer"),
                               ("en", "Foreign keys: 1 problem", "Foreign keys: 2 problems")):
        translators = area_translators("foundation", language)
        assert translated(translators, "cli", "Foreign keys: %n problem(s)", None, 1) == one
        assert translated(translators, "cli", "Foreign keys: %n problem(s)", None, 2) == two
    assert translated([], "cli", "Foreign keys: %n problem(s)", None, 3) == "Foreign keys: 3 problem(s)"
    assert translated(area_translators("foundation", "en"), "sections", "Set-up") == "Set-up"


def test_every_text_in_the_code_is_translated_and_every_file_is_current() -> None:
    """The .ts/.qm files are what tools/translations.py makes from the code and the JSON sources."""
    tools = Path(__file__).resolve().parents[2] / "tools"
    result = subprocess.run([sys.executable, str(tools / "translations.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
