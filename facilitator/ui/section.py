"""What the main window needs from each of its sections (set-up, plan, run, capture, minutes).

The navigation (keys and titles) is known before any section exists: the window shows it at
start-up while the workshop file is still being opened, so this module imports nothing heavy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

# The sections in navigation order: (key, English title in the "sections" context).
NAVIGATION: tuple[tuple[str, str], ...] = (
    ("setup", QT_TRANSLATE_NOOP("sections", "Set-up")),
    ("plan", QT_TRANSLATE_NOOP("sections", "Plan")),
    ("run", QT_TRANSLATE_NOOP("sections", "Run")),
    ("capture", QT_TRANSLATE_NOOP("sections", "Capture")),
    ("minutes", QT_TRANSLATE_NOOP("sections", "Minutes")),
)


def section_title(key: str) -> str:
    """The translated navigation title of the section ``key``."""
    return QCoreApplication.translate("sections", dict(NAVIGATION)[key])


class WorkshopView(Protocol):
    """A section widget shows one workshop at a time and re-reads it when told."""

    def show_workshop(self, workshop_id: int) -> None: ...


@dataclass(frozen=True)
class Section:
    """One entry of the navigation: its key, a translated title, an icon and its widget."""

    key: str
    title: str
    widget: QWidget
    icon: QIcon | None = None

    @classmethod
    def of(cls, key: str, widget: QWidget) -> Section:
        """The section ``key`` of :data:`NAVIGATION`, shown by ``widget``."""
        return cls(key, section_title(key), widget)
