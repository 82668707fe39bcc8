"""Danish is the default interface language; English is the source and needs no file."""

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


def test_english_needs_no_translator(qapp: QApplication) -> None:
    assert install_translators(qapp, "en") == []


def test_every_text_in_the_code_is_translated_and_every_file_is_current() -> None:
    """The .ts/.qm files are what tools/translations.py makes from the code and the JSON sources."""
    tools = Path(__file__).resolve().parents[2] / "tools"
    result = subprocess.run([sys.executable, str(tools / "translations.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
