"""Alembic environment: always runs on the connection facilitator.storage.migrate hands in."""

from __future__ import annotations

from alembic import context

from facilitator.storage import models  # noqa: F401  (every table must be imported)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run only through facilitator.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=models.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # batch mode only where ALTER is weak
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
