"""Blocking index for cross-article clustering: event_blocks, filled for clustered events.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from chronist.store.blocking import block_of, day_range

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_BATCH = 5000


def upgrade() -> None:
    table = op.create_table(
        "event_blocks",
        sa.Column(
            "uid",
            sa.String(96),
            sa.ForeignKey("events.uid", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("key", sa.String(136), primary_key=True),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("span", sa.Integer, nullable=False),
        sa.Column("day_first", sa.Integer, nullable=False),
        sa.Column("day_last", sa.Integer, nullable=False),
    )
    op.create_index(
        "ix_event_blocks_lookup", "event_blocks", ["type", "key", "span", "day_first"]
    )
    _backfill(op.get_bind(), table)


def _backfill(conn: sa.Connection, table: sa.Table) -> None:
    """Index the events a 0001 store has already clustered (new ones are indexed when
    they are clustered)."""
    rows = conn.execute(sa.text(
        "SELECT e.uid, e.type, e.source_entity, e.source_country, e.target_entity,"
        " e.target_country, e.date, d.published FROM events e"
        " JOIN documents d ON d.id = e.document_id WHERE e.cluster_id IS NOT NULL"
    ))
    batch: list[dict[str, object]] = []
    for row in rows:
        roles = ((row.source_entity, row.source_country), (row.target_entity, row.target_country))
        block = block_of(row.type, day_range(row.date or row.published), roles)
        batch.extend(block.rows(row.uid))
        if len(batch) >= _BATCH:
            conn.execute(table.insert(), batch)
            batch = []
    if batch:
        conn.execute(table.insert(), batch)


def downgrade() -> None:
    op.drop_index("ix_event_blocks_lookup", table_name="event_blocks")
    op.drop_table("event_blocks")
