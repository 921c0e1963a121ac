"""`EventStore`: what ingestion writes and queries read, one transaction per document.

A document is written in a single transaction together with the `inputs` row that
marks its input item as done, so a process killed at any point leaves either the whole
document and its resume mark or neither: rerunning stores what is missing and nothing
twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Engine, delete, func, insert, or_, select, update

from chronist.store.db import DEFAULT_DB, open_engine
from chronist.store.records import DocumentRows, now
from chronist.store.tables import (
    clusters,
    documents,
    entities,
    event_blocks,
    events,
    failures,
    inputs,
)


class EventStore:
    def __init__(self, target: str = DEFAULT_DB, *, engine: Engine | None = None) -> None:
        self.target = target
        self.engine = engine or open_engine(target)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    # -- what is already there (read once at start, then kept in memory) ----------------

    def input_versions(self) -> dict[str, str]:
        """Input key -> pipeline version that handled it."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(inputs.c.key, inputs.c.pipeline_version))
            return {key: version for key, version in rows}

    def document_versions(self) -> dict[str, str]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(documents.c.id, documents.c.pipeline_version))
            return {key: version for key, version in rows}

    # -- writing -----------------------------------------------------------------------

    def write_document(self, rows: DocumentRows, *, key: str, name: str, version: str) -> None:
        """Store (or replace, when reprocessing) one document with its events and entities."""
        doc_id = rows.document["id"]
        with self.engine.begin() as conn:
            self._delete_document(conn, doc_id)
            conn.execute(insert(documents), [rows.document])
            if rows.events:
                conn.execute(insert(events), rows.events)
            if rows.entities:
                conn.execute(insert(entities), rows.entities)
            self._mark_input(conn, key, name, doc_id, "stored", version)

    def write_duplicate(self, *, key: str, name: str, document_id: str, version: str) -> None:
        """An input whose text is already stored (a syndicated or re-crawled copy)."""
        with self.engine.begin() as conn:
            self._mark_input(conn, key, name, document_id, "duplicate", version)

    def write_failure(self, *, key: str, name: str, code: str, reason: str, version: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(failures).where(failures.c.key == key))
            conn.execute(
                insert(failures),
                [{"key": key, "name": name, "code": code, "reason": reason,
                  "pipeline_version": version, "at": now()}],
            )

    def _delete_document(self, conn: Any, doc_id: str) -> None:
        # Explicit deletes: SQLite enforces ON DELETE CASCADE only with a pragma a user's
        # own connection may not set; the clusters these events leave are tidied later.
        touched = select(events.c.cluster_id).where(
            events.c.document_id == doc_id, events.c.cluster_id.is_not(None)
        )
        stale = [row[0] for row in conn.execute(touched)]
        doc_events = select(events.c.uid).where(events.c.document_id == doc_id)
        conn.execute(delete(event_blocks).where(event_blocks.c.uid.in_(doc_events)))
        conn.execute(delete(events).where(events.c.document_id == doc_id))
        conn.execute(delete(entities).where(entities.c.document_id == doc_id))
        conn.execute(delete(documents).where(documents.c.id == doc_id))
        if stale:
            conn.execute(update(clusters).where(clusters.c.id.in_(stale)).values(n_events=-1))

    def _mark_input(
        self, conn: Any, key: str, name: str, doc_id: str, status: str, version: str
    ) -> None:
        conn.execute(delete(inputs).where(inputs.c.key == key))
        conn.execute(
            insert(inputs),
            [{"key": key, "name": name, "document_id": doc_id, "status": status,
              "pipeline_version": version, "at": now()}],
        )
        # A failure recorded under this key, or under this name before the input was
        # fixed (an unreadable file has no content key), is resolved now.
        conn.execute(delete(failures).where(or_(failures.c.key == key, failures.c.name == name)))

    # -- summaries ---------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in (
                    ("documents", documents),
                    ("events", events),
                    ("clusters", clusters),
                    ("failures", failures),
                    ("inputs", inputs),
                )
            }

    def failure_rows(self, limit: int | None = None) -> list[dict[str, Any]]:
        query = select(failures).order_by(failures.c.at, failures.c.name)
        if limit:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def document_ids(self) -> Iterable[str]:
        with self.engine.connect() as conn:
            return [row[0] for row in conn.execute(select(documents.c.id))]
