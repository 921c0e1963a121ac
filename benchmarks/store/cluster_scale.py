"""Benchmark: cross-article clustering time per new event against the size of the store.

Fills a fresh store with N synthetic clustered events (no text: short strings, random
unit vectors as embeddings), then adds a batch of new events dated on the store's last
days -- a third of them near-copies of stored events, which must join their clusters --
and times `cluster_events` on them. The stream is synthetic but shaped like news: a
constant number of events per day (so a bigger store spans more days, as a growing
archive does), 16 PLOVER types, actor countries drawn from a skewed (Zipf) distribution
so that a few countries dominate, some events without actors, most with a day date and
a few with a month or a year.

For comparison, the same run times what the former clustering did before placing a
single event: read every clustered event of the new events' types with its vector
(`full_scan_s`), which grows with the store.

    .venv/bin/python benchmarks/store/cluster_scale.py        # 10k, 200k, 1M events, SQLite
    .venv/bin/python benchmarks/store/cluster_scale.py --sizes 10000,200000 \\
        --db postgresql://chronist:chronist@localhost/chronist_bench
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np
from sqlalchemy import create_engine, func, insert, select, text

from chronist.store import EventStore, cluster_events
from chronist.store.blocking import block_of, day_range
from chronist.store.db import database_url
from chronist.store.embed import DIM
from chronist.store.tables import clusters, documents, event_blocks, events, metadata

TYPES = ("AGREE", "ACCUSE", "ASSAULT", "AID", "COERCE", "CONSULT", "COOPERATE", "DEMAND",
         "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT",
         "THREATEN")
COUNTRIES = 150
EVENTS_PER_DAY = 1500
EVENTS_PER_DOCUMENT = 15
START = date(2024, 1, 1).toordinal()
BATCH = EVENTS_PER_DOCUMENT * 1500  # whole documents per transaction


def unit_vectors(rng: np.random.Generator, n: int) -> np.ndarray:
    vectors = rng.standard_normal((n, DIM)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def country_weights() -> np.ndarray:
    weights = 1.0 / np.arange(1, COUNTRIES + 1)  # Zipf: the first country ~18 % of actors
    return weights / weights.sum()


def synthetic_events(rng: np.random.Generator, n: int, first_uid: int, days: tuple[int, int],
                     ) -> list[dict]:
    """n event rows (documents of 15 events), dated uniformly within days."""
    weights = country_weights()
    kinds = rng.integers(0, len(TYPES), n)
    sources = rng.choice(COUNTRIES, n, p=weights)
    targets = rng.choice(COUNTRIES, n, p=weights)
    actorless = rng.random(n) < 0.1
    no_target = rng.random(n) < 0.4
    ordinals = rng.integers(days[0], days[1] + 1, n)
    precision = rng.random(n)
    vectors = unit_vectors(rng, n)
    rows = []
    for i in range(n):
        day = date.fromordinal(int(ordinals[i]))
        when = day.isoformat() if precision[i] < 0.9 else (
            day.isoformat()[:7] if precision[i] < 0.97 else str(day.year))
        source = None if actorless[i] else f"C{sources[i]:03d}"
        target = None if actorless[i] or no_target[i] else f"C{targets[i]:03d}"
        number = first_uid + i
        rows.append({
            "uid": f"d{number // EVENTS_PER_DOCUMENT}:e{number}",
            "document_id": f"d{number // EVENTS_PER_DOCUMENT}",
            "event_id": f"e{number}", "pipeline_version": "bench",
            "type": TYPES[kinds[i]], "source_country": source, "target_country": target,
            "source_entity": f"Q{sources[i]}" if source and precision[i] < 0.5 else None,
            "target_entity": None, "date": when, "factuality": "asserted",
            "record": "{}", "event_text": "-", "confidence": 0.5,
            "embedding": vectors[i].tobytes(), "cluster_id": None,
        })
    return rows


def document_rows_for(event_rows: list[dict], published: str) -> list[dict]:
    ids = sorted({row["document_id"] for row in event_rows})
    return [{"id": doc_id, "pipeline_version": "bench", "language": "en",
             "published": published, "n_events": EVENTS_PER_DOCUMENT, "output": "{}",
             "ingested_at": "2026-01-01T00:00:00+00:00", "outlet": "bench.example"}
            for doc_id in ids]


def fill(store: EventStore, size: int, rng: np.random.Generator) -> int:
    """size clustered events, each its own cluster, indexed; returns the last day."""
    last_day = START + max(size // EVENTS_PER_DAY, 1) - 1
    for start in range(0, size, BATCH):
        rows = synthetic_events(rng, min(BATCH, size - start), start, (START, last_day))
        for number, row in enumerate(rows, start=start + 1):
            row["cluster_id"] = number
        blocks = []
        for row in rows:
            roles = ((row["source_entity"], row["source_country"]),
                     (row["target_entity"], row["target_country"]))
            blocks.extend(block_of(row["type"], day_range(row["date"]), roles).rows(row["uid"]))
        with store.engine.begin() as conn:
            conn.execute(insert(documents), document_rows_for(rows, "2024-01-01"))
            conn.execute(insert(clusters), [
                {"id": row["cluster_id"], "type": row["type"], "first_date": row["date"],
                 "last_date": row["date"], "representative": row["uid"], "n_events": 1,
                 "n_documents": 1, "n_outlets": 1, "languages": '["en"]',
                 "updated_at": "2026-01-01T00:00:00+00:00"} for row in rows])
            conn.execute(insert(events), rows)
            conn.execute(insert(event_blocks), blocks)
    return last_day


def add_new(store: EventStore, size: int, new: int, last_day: int,
            rng: np.random.Generator) -> tuple[list[str], list[str]]:
    """new unclustered events on the store's last three days; a third copy a stored
    event of those days (same type, actors, date; its vector slightly perturbed)."""
    rows = synthetic_events(rng, new, size + EVENTS_PER_DOCUMENT, (last_day - 2, last_day))
    recent = select(events).where(events.c.date >= date.fromordinal(last_day - 2).isoformat(),
                                  events.c.date.like("____-__-__")).limit(new // 3)
    with store.engine.connect() as conn:
        originals = list(conn.execute(recent))
    for row, original in zip(rows, originals, strict=False):
        vector = np.frombuffer(original.embedding, dtype=np.float32)
        noisy = vector + rng.standard_normal(DIM).astype(np.float32) * 0.012
        row.update(type=original.type, source_country=original.source_country,
                   target_country=original.target_country,
                   source_entity=original.source_entity, target_entity=original.target_entity,
                   date=original.date,
                   embedding=(noisy / np.linalg.norm(noisy)).astype(np.float32).tobytes())
    for row in rows:
        row["pipeline_version"] = "bench-new"
    with store.engine.begin() as conn:
        conn.execute(insert(documents), document_rows_for(rows, "2026-01-01"))
        conn.execute(insert(events), rows)
    copies = [row["uid"] for row in rows[: len(originals)]]
    return copies, [row["uid"] for row in rows[len(originals):]]


def full_scan(store: EventStore) -> tuple[float, int]:
    """What the former clustering read first: every clustered event of the new events'
    types, vectors into one matrix."""
    started = time.perf_counter()
    with store.engine.connect() as conn:
        types = list(conn.execute(select(events.c.type).distinct()
                                  .where(events.c.cluster_id.is_(None))).scalars())
        blobs = list(conn.execute(select(events.c.embedding).where(
            events.c.cluster_id.is_not(None), events.c.type.in_(types))).scalars())
    np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(len(blobs), DIM)
    return time.perf_counter() - started, len(blobs)


def fresh_store(db: str | None, folder: Path, size: int) -> EventStore:
    if db is None:
        return EventStore(str(folder / f"scale-{size}.db"))
    engine = create_engine(database_url(db))
    with engine.begin() as conn:
        metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()
    return EventStore(db)


def run(size: int, new: int, db: str | None, folder: Path) -> dict:
    rng = np.random.default_rng(size)
    store = fresh_store(db, folder, size)
    started = time.perf_counter()
    last_day = fill(store, size, rng)
    fill_s = time.perf_counter() - started
    copies, others = add_new(store, size, new, last_day, rng)
    scan_s, scanned = full_scan(store)
    with store.engine.connect() as conn:
        before = conn.execute(select(func.count()).select_from(clusters)).scalar_one()
    tick, cpu_tick = time.perf_counter(), time.process_time()
    stats: dict = {}
    after = cluster_events(store, stats=stats)
    wall, cpu = time.perf_counter() - tick, time.process_time() - cpu_tick
    with store.engine.connect() as conn:
        placed = {uid: cluster for uid, cluster in conn.execute(
            select(events.c.uid, events.c.cluster_id)
            .where(events.c.pipeline_version == "bench-new"))}
    backend = store.backend
    store.close()
    return {
        "backend": backend, "stored_events": size, "days": last_day - START + 1,
        "new_events": new, "copies": len(copies),
        "copies_joined_stored_cluster": sum(placed.get(uid, 0) <= size for uid in copies),
        "others_joined_stored_cluster": sum(placed.get(uid, size + 1) <= size
                                            for uid in others),
        "new_clusters": after - before,
        "fill_s": round(fill_s, 1),
        "cluster_s": round(wall, 3), "cluster_cpu_s": round(cpu, 3),
        "ms_per_event": round(1000 * wall / new, 2),
        "cpu_ms_per_event": round(1000 * cpu / new, 2),
        "candidates_per_event": round(stats["candidates"] / max(stats["placed"], 1), 1),
        "full_scan_s": round(scan_s, 3), "full_scan_rows": scanned,
        "load_avg": round(os.getloadavg()[0], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,200000,1000000")
    parser.add_argument("--new", type=int, default=600, help="new events clustered per size")
    parser.add_argument("--db", help="PostgreSQL URL (default: a fresh SQLite file per size)")
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="chronist-scale-") as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            results.append(run(size, args.new, args.db, Path(tmp)))
            print(json.dumps(results[-1]), flush=True)
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
