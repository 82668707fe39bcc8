"""What the main window needs from each of its sections (set-up, plan, run, capture, minutes)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget


class WorkshopView(Protocol):
    """A section widget shows one workshop at a time and re-reads it when told."""

    def show_workshop(self, workshop_id: int) -> None: ...


@dataclass(frozen=True)
class Section:
    """One entry of the navigation: a translated title, an icon, a shortcut and its widget."""

    key: str
    title: str
    widget: QWidget
    icon: QIcon | None = None
