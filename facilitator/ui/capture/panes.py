"""Small layout helpers shared by the capture pages."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QSplitter, QVBoxLayout, QWidget


def stack(*parts: QWidget | QLayout | tuple[QWidget, int]) -> QWidget:
    """A widget holding ``parts`` top to bottom; ``(widget, stretch)`` lets one part grow."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    for part in parts:
        if isinstance(part, tuple):
            layout.addWidget(part[0], part[1])
        elif isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return holder


def side_by_side(left: QWidget, right: QWidget, left_stretch: int = 1, right_stretch: int = 1) -> QSplitter:
    """Two panes the user can resize, sharing the width in the given proportion."""
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, left_stretch)
    splitter.setStretchFactor(1, right_stretch)
    return splitter
