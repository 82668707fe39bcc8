"""Which of ICU's data the Linux app leaves out follows from the ICU functions its Qt calls and
from the app's languages (the built library itself: tests/integration/test_built_app.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))
import icu_data  # noqa: E402

ITEMS = [
    "root.res", "pool.res", "res_index.res", "da.res", "da_DK.res", "en_150.res", "nb.res", "ja.res", "zh_Hant_TW.res",
    "supplementalData.res", "likelySubtags.res", "zoneinfo64.res", "metaZones.res", "uemoji.icu", "nfkc.nrm",
    "unames.icu", "uts46.nrm", "confusables.cfu", "rfc3491.spp", "cnvalias.icu",
    "ibm-5348_P100-1997.cnv", "gb18030.cnv", "ibm-1390_P110-2003.cnv",
    "coll/root.res", "coll/res_index.res", "coll/ucadata.icu", "coll/da.res", "coll/de__PHONEBOOK.res", "coll/ja.res",
    "zone/pool.res", "zone/tzdbNames.res", "zone/da.res", "zone/fr_CA.res", "zone/ko.res",
    "region/da.res", "region/ar.res", "lang/da.res", "curr/da.res", "unit/da.res", "rbnf/da.res",
    "brkitr/root.res", "brkitr/word.brk", "brkitr/cjdict.dict", "brkitr/da.res", "brkitr/ja.res",
    "translit/root.res",
]
# What libQt6Core imports from ICU 73 (nm -D), without the version suffix.
QT_CORE = {"ucol_open", "ucol_strcoll", "ucal_open", "ucal_getTimeZoneDisplayName", "ucnv_open", "u_strToUpper"}


def test_for_qt_core_collation_zone_names_and_western_converters_stay_in_the_apps_languages() -> None:
    removed = set(icu_data.items_to_remove(ITEMS, QT_CORE))
    kept = set(ITEMS) - removed
    assert kept == {
        "root.res", "pool.res", "res_index.res", "da.res", "da_DK.res", "en_150.res", "nb.res",
        "supplementalData.res", "likelySubtags.res", "zoneinfo64.res", "metaZones.res", "uemoji.icu", "nfkc.nrm",
        "cnvalias.icu", "ibm-5348_P100-1997.cnv",
        "coll/root.res", "coll/res_index.res", "coll/ucadata.icu", "coll/da.res", "coll/de__PHONEBOOK.res",
        "zone/pool.res", "zone/tzdbNames.res", "zone/da.res", "zone/fr_CA.res", "region/da.res",
    }


def test_a_service_the_binaries_start_calling_keeps_its_data() -> None:
    removed = set(icu_data.items_to_remove(ITEMS, QT_CORE | {"ubrk_open", "uidna_openUTS46", "ucurr_getName"}))
    assert {"brkitr/root.res", "brkitr/word.brk", "brkitr/cjdict.dict", "brkitr/da.res", "uts46.nrm",
            "curr/da.res"}.isdisjoint(removed)
    assert {"brkitr/ja.res", "unit/da.res", "rbnf/da.res", "lang/da.res"} <= removed


def test_no_icu_calls_need_no_service_data_but_keep_the_core() -> None:
    removed = set(icu_data.items_to_remove(ITEMS, set()))
    assert {"coll/da.res", "zone/da.res", "ibm-5348_P100-1997.cnv", "gb18030.cnv"} <= removed
    assert {"root.res", "da.res", "zoneinfo64.res", "cnvalias.icu"}.isdisjoint(removed)


def _pyside_library(pattern: str) -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob(pattern))
    if not found:
        pytest.skip(f"this PySide6 carries no {pattern} (Qt for Windows and macOS bring no ICU of their own)")
    return found[0]


def test_the_data_blob_and_qt_cores_icu_calls_are_read_from_the_libraries() -> None:
    version, blob = icu_data.data_blob(_pyside_library("libicudata.so.*"))
    assert version.isdigit()
    assert blob[2:4] == b"\xda\x27" and blob[12:16] == b"CmnD"  # ICU's common data header
    functions = icu_data.icu_functions([_pyside_library("libQt6Core.so.6")], version)
    assert {"ucol_open", "ucal_getTimeZoneDisplayName", "ucnv_open"} <= functions
    assert icu_data.data_blob(_pyside_library("libQt6Core.so.6")) is None


def test_without_icu_data_the_binaries_are_left_as_they_are(tmp_path: Path) -> None:
    binaries = [("PySide6/Qt6Core.dll", str(tmp_path / "Qt6Core.dll"), "BINARY")]
    assert icu_data.with_trimmed_data(binaries, tmp_path / "icu") is binaries
