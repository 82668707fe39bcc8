"""The built one-folder app works as shipped: CI builds ``dist/Facilitator`` on every run and
smoke-tests that executable, not the source tree (tools/smoke_app.py, which the Windows and
macOS workflow runs too)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import icu_data  # noqa: E402
import smoke_app  # noqa: E402

PROBE = Path(__file__).with_name("icu_probe.py")
# The app's languages as a system may name them, and one the app's ICU data leaves out.
LOCALES = [*sorted(icu_data.LANGUAGES), "da_DK", "en_GB", "en_US", "nb_NO", "sv_FI", "de_CH", "fr_CA", "C"]


@pytest.fixture(scope="module")
def built() -> tuple[Path, str]:
    """``python3 tools/build_app.py`` exactly as the README says; the folder and its size line."""
    build = subprocess.run([sys.executable, str(ROOT / "tools" / "build_app.py")], cwd=ROOT,
                           capture_output=True, text=True, timeout=1500)
    assert build.returncode == 0, (build.stdout + build.stderr)[-3000:]
    return smoke_app.DEFAULT_FOLDER, build.stdout.strip().splitlines()[-1]


def test_the_built_app_starts_answers_its_commands_and_exports_the_demo(
        built: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    folder, size_line = built
    ok, lines = smoke_app.smoke(folder)
    with capsys.disabled():  # the size and the start-up figures belong in CI's log
        print("\n" + size_line + "\n" + "\n".join(lines))
    assert ok, "\n".join(lines)


def test_the_desktop_entry_installs_valid_with_the_executable_and_icon(built: tuple[Path, str],
                                                                       tmp_path: Path) -> None:
    folder, _ = built
    data = tmp_path / "data"
    subprocess.run(["sh", str(folder / "install-desktop-entry.sh")], check=True, capture_output=True,
                   env={"XDG_DATA_HOME": str(data), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    entry = data / "applications" / "facilitator.desktop"
    text = entry.read_text(encoding="utf-8")
    assert f"Exec={folder / 'Facilitator'}\n" in text and "Icon=facilitator\n" in text
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "facilitator.png").is_file()
    validated = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert validated.returncode == 0 and not validated.stdout.strip(), validated.stdout + validated.stderr


def _icu_answers(preload: list[Path]) -> dict:
    """What Qt answers through ICU (icu_probe.py), with ``preload`` replacing the installed ICU."""
    env = {**os.environ, "LD_PRELOAD": " ".join(str(path) for path in preload)}
    probe = subprocess.run([sys.executable, str(PROBE), *LOCALES, "ja_JP"], capture_output=True, text=True,
                           encoding="utf-8", env=env, timeout=120, check=True)
    return json.loads(probe.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Qt for Linux carries its own ICU")
def test_the_built_apps_icu_data_names_sorts_and_decodes_as_the_full_data_in_the_apps_languages(
        built: tuple[Path, str]) -> None:
    folder, _ = built
    shipped = sorted((folder / "_internal" / "PySide6" / "Qt" / "lib").glob("libicu*.so.*"))
    data = next(path for path in shipped if path.name.startswith("libicudata"))
    full, trimmed = _icu_answers([]), _icu_answers(shipped)
    assert trimmed["icu_data"] == [str(data)] and full["icu_data"] != trimmed["icu_data"]
    for locale in LOCALES:
        assert trimmed["locales"][locale] == full["locales"][locale], locale
    assert trimmed["encodings"] == full["encodings"] and trimmed["encodings"]["windows-1252"][0]
    danish = trimmed["locales"]["da_DK"]["sorted"]
    expected = ["Zealand", "zebra", "æble", "Ærø", "øl", "Ølstykke", "åen", "Ålborg", "Aarhus"]  # aa is å
    assert sorted(expected, key=danish.index) == expected
    assert "Centraleuropæisk normaltid" in trimmed["locales"]["da_DK"]["zones"]["Europe/Copenhagen"]
    # Word and line breaks are Qt's own (it calls no ubrk_*), and the same.
    assert (trimmed["words"], trimmed["lines"]) == (full["words"], full["lines"])
    assert {"æøå", "ordninger", "sygehus"} <= set(trimmed["words"])
    # Another language falls back to ICU's root data: zone names in English, not Japanese.
    japanese, root = (answers["locales"]["ja_JP"]["zones"]["Europe/Copenhagen"][-1] for answers in (full, trimmed))
    assert root == trimmed["locales"]["en"]["zones"]["Europe/Copenhagen"][-1] != japanese
