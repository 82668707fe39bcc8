"""What the main window needs from each of its sections (set-up, plan, run, capture, minutes).

The navigation (keys and titles) is known before any section exists: the window shows it at
start-up while the workshop file is still being opened, so this module imports nothing heavy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon
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

    def focus_work(self) -> None:
        """Put the keyboard focus where work happens in this section (it has just been entered)."""
        ...


@dataclass(frozen=True)
class Section:
    """One entry of the navigation: its key, a translated title, an icon, its widget, its actions.

    ``actions`` have shortcuts that work in every section; the main window adds them to itself
    and lists them in a menu named after the section. ``may_close`` is asked before the window
    closes (it may ask the user); False keeps the window open.
    """

    key: str
    title: str
    widget: QWidget
    icon: QIcon | None = None
    actions: tuple[QAction, ...] = ()
    may_close: Callable[[], bool] | None = None

    @classmethod
    def of(cls, key: str, widget: QWidget, actions: tuple[QAction, ...] = (),
           may_close: Callable[[], bool] | None = None) -> Section:
        """The section ``key`` of :data:`NAVIGATION`, shown by ``widget``."""
        return cls(key, section_title(key), widget, actions=actions, may_close=may_close)


def focus_first_field(container: QWidget) -> bool:
    """Focus the first visible, enabled widget inside ``container`` that Tab would reach.

    For pages without an obvious work widget of their own. The reason is not Tab: a line edit
    entered by Tab selects its text, and the next key typed would replace it.
    """
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container:
        if (container.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        widget = widget.nextInFocusChain()
    return False
