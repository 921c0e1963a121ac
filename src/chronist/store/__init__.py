"""The event store: corpus ingestion, cross-article deduplication, queries and exports.

    EventStore(target)              open (and migrate) a SQLite file or PostgreSQL URL
    ingest(paths, store, options)   inputs -> pipeline -> store, resumable, in parallel
    cluster_events(store)           group reports of one happening into clusters
    query(store, filter, clustered) raw events or clusters matching a filter
"""

from __future__ import annotations

from chronist.store.db import DEFAULT_DB, database_url
from chronist.store.dedup import DedupSettings, cluster_events
from chronist.store.errors import StoreError
from chronist.store.ingest import IngestOptions, IngestSummary, ingest
from chronist.store.query import EventFilter, query
from chronist.store.store import EventStore
from chronist.store.version import pipeline_version

__all__ = [
    "DEFAULT_DB",
    "DedupSettings",
    "EventFilter",
    "EventStore",
    "IngestOptions",
    "IngestSummary",
    "StoreError",
    "cluster_events",
    "database_url",
    "ingest",
    "pipeline_version",
    "query",
]
