"""Initial store: documents, events, entities, clusters, inputs, failures.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("pipeline_version", sa.String(64), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.String(255)),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("published", sa.String(32)),
        sa.Column("published_source", sa.String(16)),
        sa.Column("input_name", sa.Text),
        sa.Column("n_events", sa.Integer, nullable=False),
        sa.Column("output", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.String(32), nullable=False),
        sa.Column("pipeline_seconds", sa.Float),
    )
    op.create_index("ix_documents_outlet", "documents", ["outlet"])
    op.create_index("ix_documents_version", "documents", ["pipeline_version"])
    op.create_table(
        "clusters",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("first_date", sa.String(32)),
        sa.Column("last_date", sa.String(32)),
        sa.Column("representative", sa.String(96)),
        sa.Column("n_events", sa.Integer, nullable=False),
        sa.Column("n_documents", sa.Integer, nullable=False),
        sa.Column("n_outlets", sa.Integer, nullable=False),
        sa.Column("languages", sa.String(64)),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_clusters_type_date", "clusters", ["type", "first_date"])
    op.create_table(
        "events",
        sa.Column("uid", sa.String(96), primary_key=True),
        sa.Column(
            "document_id",
            sa.String(64),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("event_id", sa.String(64), nullable=False),
        sa.Column("pipeline_version", sa.String(64), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("mode", sa.String(32)),
        sa.Column("context", sa.Text),
        sa.Column("source_entity", sa.String(128)),
        sa.Column("source_name", sa.Text),
        sa.Column("source_country", sa.String(8)),
        sa.Column("source_sector", sa.String(16)),
        sa.Column("source_actors", sa.Text),
        sa.Column("target_entity", sa.String(128)),
        sa.Column("target_name", sa.Text),
        sa.Column("target_country", sa.String(8)),
        sa.Column("target_sector", sa.String(16)),
        sa.Column("target_actors", sa.Text),
        sa.Column("date", sa.String(32)),
        sa.Column("date_basis", sa.String(16)),
        sa.Column("location_name", sa.Text),
        sa.Column("location_country", sa.String(8)),
        sa.Column("location_entity", sa.String(128)),
        sa.Column("factuality", sa.String(16), nullable=False),
        sa.Column("reported_by", sa.Text),
        sa.Column("intensity", sa.Float),
        sa.Column("confidence", sa.Float),
        sa.Column("sentence_start", sa.Integer),
        sa.Column("sentence_end", sa.Integer),
        sa.Column("event_text", sa.Text),
        sa.Column("trigger_text", sa.Text),
        sa.Column("record", sa.Text, nullable=False),
        sa.Column("embedding", sa.LargeBinary),
        sa.Column(
            "cluster_id", sa.Integer, sa.ForeignKey("clusters.id", ondelete="SET NULL")
        ),
    )
    op.create_index("ix_events_document", "events", ["document_id"])
    op.create_index("ix_events_type_date", "events", ["type", "date"])
    op.create_index("ix_events_source_country", "events", ["source_country"])
    op.create_index("ix_events_target_country", "events", ["target_country"])
    op.create_index("ix_events_cluster", "events", ["cluster_id"])
    op.create_table(
        "entities",
        sa.Column(
            "document_id",
            sa.String(64),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("entity_id", sa.String(128), primary_key=True),
        sa.Column("name", sa.Text),
        sa.Column("type", sa.String(16)),
        sa.Column("country", sa.String(8)),
        sa.Column("sector", sa.String(16)),
        sa.Column("wikidata", sa.String(32)),
        sa.Column("n_mentions", sa.Integer, nullable=False),
    )
    op.create_index("ix_entities_entity", "entities", ["entity_id"])
    op.create_table(
        "inputs",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("document_id", sa.String(64)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("pipeline_version", sa.String(64), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
    )
    op.create_table(
        "failures",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("pipeline_version", sa.String(64), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    for table in ("failures", "inputs", "entities", "events", "clusters", "documents"):
        op.drop_table(table)
