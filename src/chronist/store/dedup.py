"""Cross-article deduplication: events that report the same happening -> one cluster.

Two events meet when they have the same PLOVER type, compatible actors (same entity, or
at least the same country, in each role; swapped roles count for reciprocal types such
as CONSULT), dates no further apart than a window, and similar sentences. Similarity
is the cosine of multilingual E5 embeddings, so a German and an English report of one
event can meet. The bar for similarity drops when the actors positively agree.

Clustering is incremental: only events without a cluster are placed, against the
clusters already there (single link: the closest compatible member decides).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np
from sqlalchemy import delete, func, select, update

from chronist.store.embed import DIM, from_bytes
from chronist.store.plover_map import load_plover_map
from chronist.store.records import now
from chronist.store.store import EventStore
from chronist.store.tables import clusters, documents, events


@dataclass(frozen=True, slots=True)
class DedupSettings:
    """Thresholds calibrated on hand-written German/English pairs (see tests/unit/store):
    one event in two languages scores 0.90-0.95 with E5, two different events of the same
    type and countries 0.83-0.88."""

    window_days: int = 2
    """How far apart two reports' event dates may be (news dates drift by a day)."""
    similarity_strong: float = 0.88
    """Cosine bar when the actors agree in both roles (or the same entity in one)."""
    similarity_weak: float = 0.90
    """Cosine bar when one role agrees by country and the other is unknown."""
    similarity_none: float = 0.93
    """Cosine bar when nothing is known about the actors of one of the two."""

    def bar(self, agreement: int) -> float:
        if agreement >= 2:
            return self.similarity_strong
        return self.similarity_weak if agreement == 1 else self.similarity_none


def day_range(value: str | None) -> tuple[date, date] | None:
    """The first and last day an ISO date prefix can mean (2023 / 2023-10 / 2023-10-07 /
    2026-W11); None for no date or one we cannot read."""
    if not value:
        return None
    try:
        if "-W" in value:
            year, week = value.split("-W")
            first = date.fromisocalendar(int(year), int(week[:2]), 1)
            return first, first + timedelta(days=6)
        parts = value[:10].split("-")
        if len(parts) == 3:
            day = date(int(parts[0]), int(parts[1]), int(parts[2]))
            return day, day
        if len(parts) == 2:
            first = date(int(parts[0]), int(parts[1]), 1)
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - timedelta(days=1)
        year = int(parts[0])
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


def days_apart(a: tuple[date, date] | None, b: tuple[date, date] | None) -> int | None:
    if a is None or b is None:
        return None
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


@dataclass(slots=True)
class Mention:
    uid: str
    type: str
    document_id: str
    roles: tuple[tuple[str | None, str | None], tuple[str | None, str | None]]
    """((source entity, source country), (target entity, target country))."""
    days: tuple[date, date] | None
    vector: np.ndarray | None
    cluster: int | None = None


def _role_agreement(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> int:
    """+2 same entity, +1 same country, 0 unknown, -1 contradiction."""
    (entity_a, country_a), (entity_b, country_b) = a, b
    if entity_a and entity_b and entity_a == entity_b:
        return 2
    if country_a and country_b:
        return 1 if country_a == country_b else -1
    if entity_a and entity_b:
        return -1  # two different entities with no country to reconcile them
    return 0


def actor_agreement(a: Mention, b: Mention, symmetric: bool) -> int:
    """How well the actors agree, summed over the two roles (best of the roles as given
    and, for reciprocal types, swapped); -1 when they contradict each other."""
    options = [(a.roles[0], b.roles[0], a.roles[1], b.roles[1])]
    if symmetric:
        options.append((a.roles[0], b.roles[1], a.roles[1], b.roles[0]))
    best = -1
    for source_a, source_b, target_a, target_b in options:
        scores = (_role_agreement(source_a, source_b), _role_agreement(target_a, target_b))
        if min(scores) >= 0:
            best = max(best, sum(scores))
    return best


class _TypeIndex:
    """The clustered mentions of one event type and their vectors, grown in place
    (doubling) so that adding a mention does not copy the whole matrix."""

    def __init__(self) -> None:
        self.members: list[Mention] = []
        self._matrix = np.zeros((16, DIM), dtype=np.float32)

    def add(self, mention: Mention) -> None:
        if len(self.members) == len(self._matrix):
            self._matrix = np.vstack([self._matrix, np.zeros_like(self._matrix)])
        if mention.vector is not None:
            self._matrix[len(self.members)] = mention.vector
        self.members.append(mention)

    def similarities(self, vector: np.ndarray | None) -> np.ndarray:
        if vector is None:
            return np.zeros(len(self.members), dtype=np.float32)
        return self._matrix[: len(self.members)] @ vector


def _best_cluster(
    mention: Mention, index: _TypeIndex, settings: DedupSettings, symmetric: bool
) -> int | None:
    if mention.vector is None:
        return _exact_match(mention, index, symmetric)
    sims = index.similarities(mention.vector)
    best: tuple[float, int] | None = None
    for position in np.argsort(-sims):
        sim = float(sims[position])
        if sim < settings.similarity_strong:
            break
        other = index.members[position]
        gap = days_apart(mention.days, other.days)
        if gap is not None and gap > settings.window_days:
            continue
        agreement = actor_agreement(mention, other, symmetric)
        if agreement >= 0 and sim >= settings.bar(agreement) and other.cluster is not None:
            if best is None or sim > best[0]:
                best = (sim, other.cluster)
    return best[1] if best else None


def _exact_match(mention: Mention, index: _TypeIndex, symmetric: bool) -> int | None:
    """Without a sentence vector only the same entities in the same roles on the same
    day count as the same happening."""
    if not all(entity for entity, _ in mention.roles):
        return None
    for other in index.members:
        same_roles = mention.roles == other.roles or (
            symmetric and mention.roles == other.roles[::-1]
        )
        if same_roles and days_apart(mention.days, other.days) == 0:
            return other.cluster
    return None


_COLUMNS = (
    events.c.uid, events.c.type, events.c.document_id, events.c.source_entity,
    events.c.source_country, events.c.target_entity, events.c.target_country, events.c.date,
    events.c.embedding, events.c.cluster_id, documents.c.published,
)


def _mention(row: Any) -> Mention:
    return Mention(
        uid=row.uid, type=row.type, document_id=row.document_id,
        roles=((row.source_entity, row.source_country), (row.target_entity, row.target_country)),
        # A report without its own event date is dated by its publication.
        days=day_range(row.date or row.published),
        vector=from_bytes(row.embedding), cluster=row.cluster_id,
    )


def _load(store: EventStore) -> tuple[list[Mention], dict[str, _TypeIndex]]:
    """The events to place, and the clustered events they may join: only those of the
    same types, so a run that adds a few events does not read the whole store."""
    base = select(*_COLUMNS).join(documents, documents.c.id == events.c.document_id)
    indexes: dict[str, _TypeIndex] = defaultdict(_TypeIndex)
    with store.engine.connect() as conn:
        new = [_mention(row) for row in conn.execute(base.where(events.c.cluster_id.is_(None)))]
        types = sorted({m.type for m in new})
        if types:
            placed = base.where(events.c.cluster_id.is_not(None), events.c.type.in_(types))
            for row in conn.execute(placed.order_by(events.c.uid)):
                indexes[row.type].add(_mention(row))
    new.sort(key=lambda m: (m.days[0] if m.days else date.max, m.uid))
    return new, indexes


def _next_cluster_id(store: EventStore) -> int:
    with store.engine.connect() as conn:
        return (conn.execute(select(func.max(clusters.c.id))).scalar() or 0) + 1


def cluster_events(store: EventStore, settings: DedupSettings | None = None) -> int:
    """Place every unclustered event; returns how many clusters the store holds."""
    settings = settings or DedupSettings()
    symmetric_types = load_plover_map().symmetric_types
    new, indexes = _load(store)
    next_id = _next_cluster_id(store)
    created: list[int] = []
    for mention in new:
        index = indexes[mention.type]
        cluster = _best_cluster(mention, index, settings, mention.type in symmetric_types)
        if cluster is None:
            cluster, next_id = next_id, next_id + 1
            created.append(cluster)
        mention.cluster = cluster
        index.add(mention)
    touched = {m.cluster for m in new}
    with store.engine.begin() as conn:
        stamp = now()
        if created:
            conn.execute(clusters.insert(), [
                {"id": c, "type": "?", "n_events": 0, "n_documents": 0, "n_outlets": 0,
                 "updated_at": stamp} for c in created
            ])
        for mention in new:
            conn.execute(update(events).where(events.c.uid == mention.uid)
                         .values(cluster_id=mention.cluster))
        stale = conn.execute(select(clusters.c.id).where(clusters.c.n_events < 0)).scalars()
        for cluster in touched | set(stale):
            _refresh(conn, cluster, stamp)
        return conn.execute(select(func.count()).select_from(clusters)).scalar_one()


def _refresh(conn: Any, cluster: int, stamp: str) -> None:
    """Recompute a cluster's summary from its members (delete it when none are left)."""
    query = (
        select(events.c.uid, events.c.type, events.c.date, events.c.confidence,
               events.c.document_id, documents.c.outlet, documents.c.language,
               documents.c.published)
        .join(documents, documents.c.id == events.c.document_id)
        .where(events.c.cluster_id == cluster)
    )
    members = list(conn.execute(query))
    if not members:
        conn.execute(delete(clusters).where(clusters.c.id == cluster))
        return
    dates = sorted(m.date or m.published for m in members if m.date or m.published)
    # The representative: the most confident mention, earliest published on a tie.
    representative = min(
        members, key=lambda m: (-(m.confidence or 0.0), m.published or "9999", m.uid)
    )
    conn.execute(update(clusters).where(clusters.c.id == cluster).values(
        type=members[0].type,
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        representative=representative.uid,
        n_events=len(members),
        n_documents=len({m.document_id for m in members}),
        n_outlets=len({m.outlet for m in members if m.outlet}),
        languages=json.dumps(sorted({m.language for m in members})),
        updated_at=stamp,
    ))
