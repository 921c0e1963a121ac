"""Querying the store: filters -> event rows, raw or clustered.

A row is a flat dict (the columns every export shares) plus `record`, the event's full
chronist/1 JSON. In clustered mode each cluster becomes one row: its representative
event, with the counts and sources of all its mentions.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, and_, func, literal, or_, select

from chronist.store.store import EventStore
from chronist.store.tables import clusters, documents, events


@dataclass(slots=True)
class EventFilter:
    actors: list[str] = field(default_factory=list)
    """Entity id (exact) or name (case-insensitive substring), as source or target."""
    countries: list[str] = field(default_factory=list)
    dyad: tuple[str, str] | None = None
    """(source, target): each a country code or an entity id."""
    undirected: bool = False
    types: list[str] = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    factuality: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    limit: int | None = None


_EVENT_DATE = func.coalesce(events.c.date, documents.c.published)


def _actor_condition(value: str) -> Any:
    pattern = f"%{value.lower()}%"
    return or_(
        events.c.source_entity == value,
        events.c.target_entity == value,
        func.lower(events.c.source_name).like(pattern),
        func.lower(events.c.target_name).like(pattern),
    )


def _side(prefix: str, value: str) -> Any:
    column = events.c[f"{prefix}_country"], events.c[f"{prefix}_entity"]
    return or_(column[0] == value.upper(), column[1] == value)


def _date_conditions(since: str | None, until: str | None) -> list[Any]:
    """Dates are ISO prefixes of varying precision: an event dated "2023-10" matches
    since=2023-10-05 (it may have happened then), so a prefix of the bound counts too."""
    conditions = []
    if since:
        conditions.append(or_(_EVENT_DATE >= since, literal(since).like(_EVENT_DATE + "%")))
    if until:
        conditions.append(or_(_EVENT_DATE <= until, _EVENT_DATE.like(until + "%")))
    return conditions


def _conditions(spec: EventFilter) -> list[Any]:
    conditions: list[Any] = []
    if spec.actors:
        conditions.append(or_(*[_actor_condition(a) for a in spec.actors]))
    if spec.countries:
        codes = [c.upper() for c in spec.countries]
        conditions.append(or_(events.c.source_country.in_(codes),
                              events.c.target_country.in_(codes)))
    if spec.dyad:
        a, b = spec.dyad
        forward = and_(_side("source", a), _side("target", b))
        conditions.append(
            or_(forward, and_(_side("source", b), _side("target", a)))
            if spec.undirected else forward
        )
    if spec.types:
        conditions.append(events.c.type.in_([t.upper() for t in spec.types]))
    if spec.factuality:
        conditions.append(events.c.factuality.in_(spec.factuality))
    if spec.outlets:
        conditions.append(or_(*[documents.c.outlet.like(f"%{o.lower()}%") for o in spec.outlets]))
    if spec.languages:
        conditions.append(documents.c.language.in_(spec.languages))
    return conditions + _date_conditions(spec.since, spec.until)


_ROW_COLUMNS = (
    events, documents.c.url, documents.c.title, documents.c.outlet, documents.c.language,
    documents.c.published,
)


def _base(spec: EventFilter) -> Select:
    query = select(*_ROW_COLUMNS).join(documents, documents.c.id == events.c.document_id)
    conditions = _conditions(spec)
    return query.where(*conditions) if conditions else query


def _flat(row: Any) -> dict[str, Any]:
    data = dict(row._mapping)
    data.pop("embedding", None)
    for key in ("context", "source_actors", "target_actors", "reported_by", "record"):
        if data.get(key):
            data[key] = json.loads(data[key])
    data["context"] = data.get("context") or []
    data["source_actors"] = data.get("source_actors") or []
    data["target_actors"] = data.get("target_actors") or []
    return data


def query_events(store: EventStore, spec: EventFilter) -> Iterator[dict[str, Any]]:
    """Raw events (every mention in every article) matching `spec`, by date."""
    query = _base(spec).order_by(_EVENT_DATE, events.c.uid)
    if spec.limit:
        query = query.limit(spec.limit)
    with store.engine.connect() as conn:
        for row in conn.execute(query):
            yield _flat(row)


def _cluster_key(row: dict[str, Any]) -> str:
    return f"c{row['cluster_id']}" if row["cluster_id"] is not None else row["uid"]


def query_clusters(store: EventStore, spec: EventFilter) -> Iterator[dict[str, Any]]:
    """One row per event cluster with a mention matching `spec`; the cluster's counts and
    sources cover all its mentions, not only the matching ones."""
    matching = select(events.c.cluster_id).join(
        documents, documents.c.id == events.c.document_id
    ).where(*_conditions(spec), events.c.cluster_id.is_not(None))
    query = select(*_ROW_COLUMNS).join(documents, documents.c.id == events.c.document_id).where(
        events.c.cluster_id.in_(matching)
    )
    with store.engine.connect() as conn:
        members: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in conn.execute(query):
            flat = _flat(row)
            members[_cluster_key(flat)].append(flat)
        # Events not clustered yet (clustering skipped) stand for themselves.
        unclustered = _base(spec).where(events.c.cluster_id.is_(None))
        for row in conn.execute(unclustered):
            members[row.uid].append(_flat(row))
        representatives = {
            cid: uid for cid, uid in conn.execute(select(clusters.c.id, clusters.c.representative))
        }
    rows = [_merge(group, representatives) for group in members.values()]
    rows.sort(key=lambda r: (r.get("date") or r.get("published") or "", r["uid"]))
    yield from rows[: spec.limit] if spec.limit else rows


def _merge(group: list[dict[str, Any]], representatives: dict[int, str]) -> dict[str, Any]:
    chosen_uid = representatives.get(group[0]["cluster_id"])
    row = next((m for m in group if m["uid"] == chosen_uid), None) or max(
        group, key=lambda m: m.get("confidence") or 0.0
    )
    merged = dict(row)
    if row["cluster_id"] is not None:
        merged["cluster_key"] = f"cluster-{row['cluster_id']}"
    merged["n_mentions"] = len(group)
    merged["n_documents"] = len({m["document_id"] for m in group})
    merged["n_outlets"] = len({m["outlet"] for m in group if m["outlet"]})
    merged["sources"] = sorted({m["url"] or m["document_id"] for m in group})
    merged["mentions"] = sorted(m["uid"] for m in group)
    merged["languages"] = sorted({m["language"] for m in group})
    return merged


def query(store: EventStore, spec: EventFilter, *, clustered: bool) -> Iterator[dict[str, Any]]:
    return query_clusters(store, spec) if clustered else query_events(store, spec)
