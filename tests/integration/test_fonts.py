"""On a machine with no fonts at all the app still draws text, with the DejaVu Sans it carries."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QGuiApplication
from facilitator.fonts import ensure_fonts
app = QGuiApplication([])
before = QFontInfo(QFont()).family()
print(repr(before), ensure_fonts(), QFontInfo(QFont()).family(), QFontMetrics(QFont()).horizontalAdvance("Referat") > 0)
"""


def run_probe(env: dict[str, str]) -> str:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), **env})
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_without_system_fonts_the_bundled_font_is_registered(tmp_path: Path) -> None:
    config = tmp_path / "fonts.conf"  # fontconfig with no font folder: what a bare server has
    config.write_text(f'<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
                      f"<fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>", encoding="utf-8")
    assert run_probe({"FONTCONFIG_FILE": str(config)}) == "'' True DejaVu Sans True"


def test_a_desktop_with_fonts_keeps_its_own() -> None:
    assert " False " in run_probe({})
