"""Alembic environment and revisions for the workshop file (batch mode for SQLite)."""
