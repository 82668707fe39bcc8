"""The built one-folder app works as shipped: CI builds ``dist/Facilitator`` on every run and
smoke-tests that executable, not the source tree (tools/smoke_app.py, which the Windows and
macOS workflow runs too)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import smoke_app  # noqa: E402


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
