"""A font for machines that have none (a bare Linux server exporting minutes, a minimal desktop).

Qt no longer ships fonts; without one, the window and the vote charts in the minutes draw no
text. The app carries DejaVu Sans and registers it only when the system offers no font at all,
so a normal desktop keeps its own look.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

from facilitator.assets import listing


def ensure_fonts() -> bool:
    """Register the bundled fonts if the system has none; returns whether it did.

    Needs a QGuiApplication.
    """
    if QFontInfo(QFont()).family():  # the default font resolves to a real one
        return False
    for entry in listing("fonts", ".ttf"):
        QFontDatabase.addApplicationFontFromData(entry.read_bytes())
    return True
