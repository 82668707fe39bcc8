"""What the user chose for the minutes, in the export dialog or on the command line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class MinutesOptions:
    include_empty: bool = False
    show_actual_times: bool = True
    include_emails: bool = True
    programme_chart: bool = True  # planned beside actual per item, when actual times exist
    template: Path | None = None  # a .docx/.dotx whose styles the Word file uses
    language: str | None = None  # None: the workshop's language
    timezone: dt.tzinfo | None = None  # None: the computer's zone, where the workshop was run
    written_on: dt.date | None = None  # None: today
