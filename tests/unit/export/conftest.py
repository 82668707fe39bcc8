"""Fixtures of the export tests: the seed-001-shaped workshop."""

from tests.minutes_seed import seed_workshop, shared_seed_workshop  # noqa: F401  (fixtures, found by name)
