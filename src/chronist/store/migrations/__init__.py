"""Alembic migrations of the event store, shipped in the package (no alembic.ini needed)."""
