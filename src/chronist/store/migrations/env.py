"""Alembic environment: runs on the connection `chronist.store.db.migrate` hands over,
or, when Alembic is driven from its own command line, on `sqlalchemy.url`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from chronist.store.tables import metadata


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    # Batch mode lets later migrations ALTER tables on SQLite too (copy-and-move).
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = create_engine(context.config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        _run(conn)
