"""A document's chronist/1 output -> the rows the store keeps.

Works on the public output (`Document.to_output()`), not on the in-memory Document, so
that what is stored is exactly what `chronist extract` prints and a worker process can
send it over a pipe as plain data.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

_QID = re.compile(r"^Q[1-9][0-9]*$")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def outlet_of(url: str | None) -> str | None:
    """The outlet a URL belongs to: its host without a leading www."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def wikidata_id(entity_id: str | None, attributes: dict[str, Any] | None = None) -> str | None:
    """The Wikidata QID of an entity: its id when that is a QID, else a `wikidata` fact."""
    if attributes and isinstance(attributes.get("wikidata"), str):
        return attributes["wikidata"]
    if entity_id and _QID.match(entity_id):
        return entity_id
    return None


def actor_list(actor: dict[str, Any] | None) -> list[dict[str, Any]]:
    """PLOVER's actor lists: coordinated actors are kept as one record with several members."""
    if not actor:
        return []
    members = actor.get("members") or []
    return [dict(m) for m in members] if members else [dict(actor)]


@dataclass(slots=True)
class DocumentRows:
    document: dict[str, Any]
    events: list[dict[str, Any]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)


def _actor_columns(prefix: str, actor: dict[str, Any] | None) -> dict[str, Any]:
    actor = actor or {}
    return {
        f"{prefix}_entity": actor.get("entity"),
        f"{prefix}_name": actor.get("name"),
        f"{prefix}_country": actor.get("country"),
        f"{prefix}_sector": actor.get("sector"),
        f"{prefix}_actors": json.dumps(actor_list(actor), ensure_ascii=False) if actor else None,
    }


def event_row(
    record: dict[str, Any], doc_id: str, text: str, version: str, embedding: bytes | None
) -> dict[str, Any]:
    sentence = record.get("sentence") or {}
    start, end = sentence.get("start"), sentence.get("end")
    location = record.get("location") or {}
    row = {
        "uid": f"{doc_id}:{record['id']}",
        "document_id": doc_id,
        "event_id": str(record["id"]),
        "pipeline_version": version,
        "type": record["type"],
        "mode": record.get("mode"),
        "context": json.dumps(record.get("context") or []),
        "date": record.get("date"),
        "date_basis": record.get("date_basis"),
        "location_name": location.get("name"),
        "location_country": location.get("country"),
        "location_entity": location.get("entity"),
        "factuality": record.get("factuality") or "asserted",
        "reported_by": json.dumps(record["reported_by"], ensure_ascii=False)
        if record.get("reported_by")
        else None,
        "intensity": record.get("intensity"),
        "confidence": record.get("confidence"),
        "sentence_start": start,
        "sentence_end": end,
        "event_text": text[start:end] if start is not None and end is not None else None,
        "trigger_text": (record.get("trigger") or {}).get("text"),
        "record": json.dumps(record, ensure_ascii=False),
        "embedding": embedding,
        "cluster_id": None,
    }
    row.update(_actor_columns("source", record.get("source")))
    row.update(_actor_columns("target", record.get("target")))
    return row


def entity_row(record: dict[str, Any], doc_id: str) -> dict[str, Any]:
    known = {"id", "name", "type", "country", "sector", "mentions"}
    extra = {k: v for k, v in record.items() if k not in known}
    return {
        "document_id": doc_id,
        "entity_id": record["id"],
        "name": record.get("name"),
        "type": record.get("type"),
        "country": record.get("country"),
        "sector": record.get("sector"),
        "wikidata": wikidata_id(record["id"], extra),
        "n_mentions": len(record.get("mentions") or []),
    }


def document_rows(
    output: dict[str, Any],
    *,
    version: str,
    input_name: str,
    embeddings: list[bytes | None] | None = None,
    pipeline_seconds: float | None = None,
) -> DocumentRows:
    """All rows for one processed document (embeddings: one per event, or None)."""
    meta = output["document"]
    doc_id = meta["id"]
    events = output.get("events") or []
    vectors = embeddings if embeddings is not None else [None] * len(events)
    document = {
        "id": doc_id,
        "pipeline_version": version,
        "title": meta.get("title"),
        "url": meta.get("url"),
        "outlet": outlet_of(meta.get("url")),
        "language": meta["language"],
        "published": meta.get("published"),
        "published_source": meta.get("published_source"),
        "input_name": input_name,
        "n_events": len(events),
        "output": json.dumps(output, ensure_ascii=False),
        "ingested_at": now(),
        "pipeline_seconds": pipeline_seconds,
    }
    # An entity id may repeat only through a faulty stage; keep the first, the key is unique.
    seen: set[str] = set()
    entity_rows = []
    for entity in output.get("entities") or []:
        if entity["id"] not in seen:
            seen.add(entity["id"])
            entity_rows.append(entity_row(entity, doc_id))
    return DocumentRows(
        document=document,
        events=[
            event_row(e, doc_id, meta["text"], version, v)
            for e, v in zip(events, vectors, strict=True)
        ],
        entities=entity_rows,
    )
