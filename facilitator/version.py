"""The version the running copy was made from: the package's, plus a built app's commit and date.

``tools/build_app.py`` writes ``build-info.json`` next to the frozen app's modules; a source
checkout or an installed wheel has none and reports the package version alone.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from facilitator import __version__

BUILD_INFO = "build-info.json"


def build_info() -> dict[str, str] | None:
    """What the build recorded (version, commit, date), or None outside a built app."""
    folder = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or folder is None:
        return None
    try:
        return json.loads((Path(folder) / BUILD_INFO).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def version_text() -> str:
    """``facilitator 0.1.0``; a built app adds ``(build 1a2b3c4, 2026-12-01)``."""
    info = build_info()
    if info is None:
        return f"facilitator {__version__}"
    return f"facilitator {info['version']} (build {info['commit']}, {info['date']})"
