"""Database engine, schema, migrations and backups."""
