"""The shipped Alembic migrations build exactly the tables the code declares."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from storekit import store  # noqa: F401  (fixture)

from chronist.store import EventStore
from chronist.store.db import current_revision, head_revision, migrate
from chronist.store.tables import metadata


def test_migrations_match_table_definitions(store: EventStore) -> None:  # noqa: F811
    with store.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    assert differences == []


def test_migrations_reach_head_and_rerun_is_a_no_op(store: EventStore) -> None:  # noqa: F811
    assert current_revision(store.engine) == head_revision() == "0002"
    migrate(store.engine)
    assert current_revision(store.engine) == "0002"
