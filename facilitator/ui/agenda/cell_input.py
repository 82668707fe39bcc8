"""Reading what was typed into a time or minutes cell, with the message to show when it cannot be read."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from facilitator.domain.typed_times import parse_clock

MAX_MINUTES = 24 * 60
translate = QCoreApplication.translate


def read_minutes(value: Any) -> tuple[int | None, str]:
    """A duration in whole minutes (0–1440), or ``None`` and why not."""
    try:
        minutes = int(str(value).strip())
    except ValueError:
        message = translate("CellInput", "“{text}” is not a number of minutes")
        return None, message.format(text=value)
    if not 0 <= minutes <= MAX_MINUTES:
        return None, translate("CellInput", "A duration must be between 0 and 1440 minutes")
    return minutes, ""


def read_pin(value: Any) -> tuple[bool, int | None, str]:
    """(readable, clock or ``None`` to unpin, message): an empty cell unpins the item."""
    text = str(value).strip()
    if not text:
        return True, None, ""
    clock = parse_clock(text)
    if clock is None:
        message = translate("CellInput", "“{text}” is not a clock time; write e.g. 12.00")
        return False, None, message.format(text=text)
    return True, clock, ""
