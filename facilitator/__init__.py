"""Facilitator: plan, run and document one-day workshops offline."""

__version__ = "0.1.0"
