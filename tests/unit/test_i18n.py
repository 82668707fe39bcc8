"""Danish is the default interface language; English is the source and needs no file."""

from __future__ import annotations

import subprocess
from pathlib import Path

import PySide6

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


def test_every_ts_file_is_fully_translated_and_its_qm_is_current(tmp_path: Path) -> None:
    folder = Path(__file__).resolve().parents[2] / "resources" / "translations"
    sources = sorted(folder.glob("*_da.ts"))
    assert sources
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    for ts in sources:
        assert 'type="unfinished"' not in ts.read_text(encoding="utf-8"), f"{ts.name} has untranslated texts"
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"recompile {ts.name}"
