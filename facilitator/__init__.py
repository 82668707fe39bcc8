"""Facilitator: plan, run and document one-day workshops offline."""

import facilitator.plain_import  # noqa: F401  (keeps Python's own __import__ before PySide6 hooks it)

__version__ = "0.1.0"
