"""Cross-article deduplication: events that report the same happening -> one cluster.

Two events meet when they have the same PLOVER type, compatible actors (same entity, or
at least the same country, in each role; swapped roles count for reciprocal types such
as CONSULT), dates no further apart than a window, and similar sentences. Similarity
is the cosine of multilingual E5 embeddings, so a German and an English report of one
event can meet. The bar for similarity drops when the actors positively agree.

Clustering is incremental: only events without a cluster are placed, against the
clusters already there (single link: the closest compatible member decides). A new
event is compared only with the candidates the blocking index gives (same type, a shared
actor, or one of them without any; dates within the window; see `blocking`), fetched by an
indexed query, so placing an event costs about the same in a store of any size.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
from sqlalchemy import bindparam, delete, func, select, union_all, update

from chronist.store.blocking import (
    ANY,
    SPAN_LOOKBACK,
    SPAN_UNDATED,
    Block,
    block_of,
    day_range,
    reachable_spans,
)
from chronist.store.embed import DIM, from_bytes
from chronist.store.plover_map import load_plover_map
from chronist.store.records import now
from chronist.store.store import EventStore
from chronist.store.tables import clusters, documents, event_blocks, events

__all__ = ["DedupSettings", "cluster_events", "day_range", "days_apart"]


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


class _Candidates:
    """The stored events a new one may join, with their vectors as one matrix."""

    def __init__(self, members: list[Mention]) -> None:
        self.members = members
        self._matrix = np.zeros((len(members), DIM), dtype=np.float32)
        for row, member in enumerate(members):
            if member.vector is not None:
                self._matrix[row] = member.vector

    def similarities(self, vector: np.ndarray | None) -> np.ndarray:
        if vector is None or not self.members:
            return np.zeros(len(self.members), dtype=np.float32)
        return self._matrix @ vector


def _best_cluster(
    mention: Mention, index: _Candidates, settings: DedupSettings, symmetric: bool
) -> int | None:
    if mention.vector is None:
        return _exact_match(mention, index, symmetric)
    sims = index.similarities(mention.vector)
    best: tuple[float, int] | None = None
    for position in np.argsort(-sims, kind="stable"):
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


def _exact_match(mention: Mention, index: _Candidates, symmetric: bool) -> int | None:
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
    events.c.source_country, events.c.target_entity, events.c.target_country,
    events.c.embedding, events.c.cluster_id,
)


def _mention(row: Any, days: tuple[date, date] | None) -> Mention:
    return Mention(
        uid=row.uid, type=row.type, document_id=row.document_id,
        roles=((row.source_entity, row.source_country), (row.target_entity, row.target_country)),
        days=days, vector=from_bytes(row.embedding), cluster=row.cluster_id,
    )


def _load_new(store: EventStore) -> list[Mention]:
    """The events to place, oldest first."""
    query = (select(*_COLUMNS, events.c.date, documents.c.published)
             .join(documents, documents.c.id == events.c.document_id)
             .where(events.c.cluster_id.is_(None)))
    with store.engine.connect() as conn:
        # A report without its own event date is dated by its publication.
        new = [_mention(row, day_range(row.date or row.published))
               for row in conn.execute(query)]
    new.sort(key=lambda m: (m.days[0] if m.days else date.max, m.uid))
    return new


def _overlaps(block: Block, other: Block, window: int) -> bool:
    if other.span not in reachable_spans(block.span):
        return False
    if block.span == SPAN_UNDATED:
        return True
    return other.first <= block.last + window and other.last >= block.first - window


def _candidate_query(block: Block, window: int) -> Any:
    """One indexed range per span bucket: same type, a lookup key, dates in reach."""
    if block.span == SPAN_UNDATED:
        ranges = [(SPAN_UNDATED, 0, 0, 0)]
    else:
        low, high = block.first - window, block.last + window
        ranges = [(span, low - SPAN_LOOKBACK[span], high, low)
                  for span in reachable_spans(block.span)]
    parts = [
        select(*_COLUMNS, event_blocks.c.span, event_blocks.c.day_first, event_blocks.c.day_last)
        .join(events, events.c.uid == event_blocks.c.uid)
        .where(event_blocks.c.type == block.type, event_blocks.c.key.in_(block.lookup),
               event_blocks.c.span == span, event_blocks.c.day_first.between(first, last),
               event_blocks.c.day_last >= reach)
        for span, first, last, reach in ranges
    ]
    return parts[0] if len(parts) == 1 else union_all(*parts)


def _days(span: int, first: int, last: int) -> tuple[date, date] | None:
    if span == SPAN_UNDATED:
        return None
    return date.fromordinal(first), date.fromordinal(last)


class _Placer:
    """Places new events one by one. Candidates come from the store's blocking index plus
    the events placed since the last flush (kept in memory, by type and key)."""

    def __init__(self, store: EventStore, settings: DedupSettings) -> None:
        self.store, self.settings = store, settings
        self.symmetric = load_plover_map().symmetric_types
        self.next_id = _next_cluster_id(store)
        self.pending: dict[tuple[str, str], list[tuple[Mention, Block]]] = defaultdict(list)
        self.placed: list[tuple[Mention, Block]] = []
        self.created: list[int] = []
        self.compared = 0

    def candidates(self, conn: Any, block: Block) -> list[Mention]:
        window = self.settings.window_days
        found: dict[str, Mention] = {}
        for row in conn.execute(_candidate_query(block, window)):
            if row.uid not in found:
                found[row.uid] = _mention(row, _days(row.span, row.day_first, row.day_last))
        for key in block.lookup:
            for mention, other in self.pending.get((block.type, key), ()):
                if _overlaps(block, other, window):
                    found.setdefault(mention.uid, mention)
        self.compared += len(found)
        return [found[uid] for uid in sorted(found)]

    def place(self, conn: Any, mention: Mention) -> None:
        block = block_of(mention.type, mention.days, mention.roles)
        index = _Candidates(self.candidates(conn, block))
        symmetric = mention.type in self.symmetric
        cluster = _best_cluster(mention, index, self.settings, symmetric)
        if cluster is None:
            cluster, self.next_id = self.next_id, self.next_id + 1
            self.created.append(cluster)
        mention.cluster = cluster
        self.placed.append((mention, block))
        for key in (ANY, *block.keys):
            self.pending[(block.type, key)].append((mention, block))

    def flush(self, conn: Any, stamp: str) -> set[int]:
        """Write the placed events' clusters and blocking rows; returns the clusters touched."""
        if self.created:
            conn.execute(clusters.insert(), [
                {"id": c, "type": "?", "n_events": 0, "n_documents": 0, "n_outlets": 0,
                 "updated_at": stamp} for c in self.created
            ])
        if self.placed:
            conn.execute(
                update(events).where(events.c.uid == bindparam("b_uid"))
                .values(cluster_id=bindparam("b_cluster")),
                [{"b_uid": m.uid, "b_cluster": m.cluster} for m, _ in self.placed],
            )
            conn.execute(event_blocks.insert(),
                         [row for m, block in self.placed for row in block.rows(m.uid)])
        touched = {m.cluster for m, _ in self.placed if m.cluster is not None}
        self.pending.clear()
        self.placed, self.created = [], []
        return touched


def _next_cluster_id(store: EventStore) -> int:
    with store.engine.connect() as conn:
        return (conn.execute(select(func.max(clusters.c.id))).scalar() or 0) + 1


FLUSH_EVERY = 500
"""Events placed per transaction: a killed run keeps what it committed."""


def cluster_events(
    store: EventStore, settings: DedupSettings | None = None, stats: dict | None = None
) -> int:
    """Place every unclustered event; returns how many clusters the store holds (and
    fills `stats`, when given, with how many events were placed against how many
    candidates)."""
    placer = _Placer(store, settings or DedupSettings())
    new = _load_new(store)
    for start in range(0, len(new), FLUSH_EVERY):
        with store.engine.begin() as conn:
            for mention in new[start : start + FLUSH_EVERY]:
                placer.place(conn, mention)
            stamp = now()
            for cluster in sorted(placer.flush(conn, stamp)):
                _refresh(conn, cluster, stamp)
    with store.engine.begin() as conn:
        stamp = now()
        stale = conn.execute(select(clusters.c.id).where(clusters.c.n_events < 0)).scalars()
        for cluster in sorted(set(stale)):
            _refresh(conn, cluster, stamp)
        if stats is not None:
            stats.update(placed=len(new), candidates=placer.compared)
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
