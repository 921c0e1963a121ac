"""Benchmark: `chronist ingest` on a generated corpus of real news pages.

The corpus is built at run time from ../shared/corpora/news-pages (nothing is written
into the repository): page i of the generated corpus is real page i mod 180 with its
(i div 180)-th long <p> element removed, so that every article is real news HTML and
(nearly) every one has its own text, i.e. its own content hash. Pages whose removed
<p> is not article text come out as duplicates and are reported as such.

For each worker count the whole corpus is ingested into a fresh store, and the run
reports articles/s (wall clock, every input counted) and the pipeline's own share of
the time: seconds the workers spent in ingestion + pipeline + event embeddings, against
the seconds the single writer spent in the store (rows and transactions), measured in
the same run. Clustering is timed separately. Wall-clock figures depend on what else
the machine runs (its load average is recorded); CPU-time figures much less so.

    .venv/bin/python benchmarks/store/ingest_speed.py   # 2,000 articles, 1 and 2 workers
    .venv/bin/python benchmarks/store/ingest_speed.py --stages none   # ingestion + store only
    .venv/bin/python benchmarks/store/ingest_speed.py --copies 60 --workers 2   # dedup check
    .venv/bin/python benchmarks/store/ingest_speed.py --db postgresql://u:pw@localhost/bench
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, select, text

from chronist.pipeline import STAGE_FACTORIES
from chronist.store import EventStore, IngestOptions, ingest
from chronist.store.db import database_url
from chronist.store.tables import documents, events, metadata

REPO = Path(__file__).resolve().parents[2]
PAGES = REPO.parent / "shared" / "corpora" / "news-pages"
PARAGRAPH = re.compile(r"<p\b[^>]*>.*?</p>", re.IGNORECASE | re.DOTALL)
TAG = re.compile(r"<[^>]+>")


def load_pages() -> list[str]:
    if not PAGES.is_dir():
        sys.exit(f"{PAGES} is not present: this benchmark needs ../shared/corpora")
    return [gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
            for p in sorted(PAGES.glob("*/*.html.gz"))]


def variant(page: str, number: int) -> str:
    """The page without its number-th long <p> (cycling), or as it is for number 0.
    Long paragraphs are nearly always article text, so the variant's cleaned text (and
    content hash) differs from the page's; short ones are often teasers or footers."""
    if number == 0:
        return page
    matches = list(PARAGRAPH.finditer(page))
    long = [m for m in matches if len(TAG.sub("", m.group()).strip()) >= 100]
    candidates = long or matches
    if not candidates:
        return page
    match = candidates[(number - 1) % len(candidates)]
    return page[: match.start()] + page[match.end():]


def generate(folder: Path, articles: int) -> None:
    pages = load_pages()
    for index in range(articles):
        page, number = pages[index % len(pages)], index // len(pages)
        (folder / f"article-{index:05d}.html").write_text(variant(page, number), encoding="utf-8")


def generate_copies(folder: Path, originals: int) -> None:
    """Pages 0..originals-1 and, named as in `generate` (i + 180), a copy of each short of
    one long paragraph: a small corpus for the deduplication figure alone."""
    pages = load_pages()
    for index in range(originals):
        (folder / f"article-{index:05d}.html").write_text(pages[index], encoding="utf-8")
        (folder / f"article-{index + len(pages):05d}.html").write_text(
            variant(pages[index], 1), encoding="utf-8")


def fresh_store(db: str | None, folder: Path, label: str) -> EventStore:
    if db is None:
        return EventStore(str(folder / f"bench-{label}.db"))
    engine = create_engine(database_url(db))
    with engine.begin() as conn:  # a benchmark store starts empty
        metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()
    return EventStore(db)


def dedup_check(store: EventStore, pages: int) -> dict:
    """Clustering on the generated corpus, where article i >= pages is a copy of article
    i - pages short of one paragraph (a syndicated/updated copy): how many of the copy's
    events that have the same sentence in the original joined the original's cluster
    (recall), and how many multi-article clusters mix different original pages (an upper
    bound on false merges: two pages may report the same happening)."""
    query = (select(events.c.cluster_id, events.c.event_text, documents.c.input_name)
             .join(documents, documents.c.id == events.c.document_id))
    with store.engine.connect() as conn:
        rows = [(c, t, int(re.search(r"article-(\d+)", n).group(1)))
                for c, t, n in conn.execute(query)]
    members: dict[int, set[int]] = {}
    sentences: dict[int, set[str]] = {}
    for cluster, sentence, number in rows:
        members.setdefault(cluster, set()).add(number)
        sentences.setdefault(number, set()).add(sentence)
    copies = [(c, n) for c, t, n in rows if n >= pages and t in sentences.get(n - pages, set())]
    met = sum(1 for c, n in copies if n - pages in members[c])
    shared = [m for m in members.values() if len(m) > 1]
    mixed = sum(1 for m in shared if len({n % pages for n in m}) > 1)
    return {"copy_events": len(copies), "copy_events_joined_original": met,
            "multi_article_clusters": len(shared), "clusters_mixing_pages": mixed}


def run(corpus: Path, workers: int, db: str | None, folder: Path, stages: str,
        timeout: float) -> dict:
    store = fresh_store(db, folder, f"w{workers}")
    load_before = os.getloadavg()[0]
    skip = tuple(STAGE_FACTORIES) if stages == "none" else ()
    started = time.perf_counter()
    options = IngestOptions(workers=workers, skip_stages=skip, timeout=timeout)
    summary = ingest([str(corpus)], store, options)
    wall = time.perf_counter() - started
    counts = store.counts()
    dedup = dedup_check(store, len(sorted(PAGES.glob("*/*.html.gz"))))
    store.close()
    inputs = summary.stored + summary.duplicates + summary.failed
    return {
        "stages": stages,
        "workers": workers,
        "backend": store.backend,
        "inputs": inputs,
        "stored": summary.stored,
        "duplicates": summary.duplicates,
        "failed": summary.failed,
        "events": summary.events,
        "clusters": counts["clusters"],
        "wall_s": round(wall, 1),
        "articles_per_s": round(inputs / wall, 2),
        "pipeline_s": round(summary.pipeline_seconds, 1),
        "store_s": round(summary.store_seconds, 2),
        "cluster_s": round(summary.cluster_seconds, 2),
        "pipeline_share": round(summary.pipeline_seconds
                                / (summary.pipeline_seconds + summary.store_seconds), 4),
        "pipeline_to_store": round(summary.pipeline_seconds / max(summary.store_seconds, 1e-9), 1),
        "pipeline_cpu_s": round(summary.pipeline_cpu_seconds, 1),
        "store_cpu_s": round(summary.store_cpu_seconds, 2),
        "pipeline_cpu_share": round(summary.pipeline_cpu_seconds / max(
            summary.pipeline_cpu_seconds + summary.store_cpu_seconds, 1e-9), 4),
        # What one core would do on a quiet machine: articles per CPU-second of the work.
        "articles_per_cpu_s": round(inputs / max(
            summary.pipeline_cpu_seconds + summary.store_cpu_seconds, 1e-9), 2),
        "load_avg": [round(load_before, 1), round(os.getloadavg()[0], 1)],
        "dedup": dedup,
        "failure_reasons": sorted({f"{code}: {reason[:80]}" for _, code, reason in
                                   summary.failures})[:10],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--db", help="PostgreSQL URL (default: a fresh SQLite file per run)")
    parser.add_argument("--stages", choices=["all", "none"], default="all",
                        help="none: ingestion (HTML extraction, language ID) and the store only")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="CPU seconds per document before it counts as a failure")
    parser.add_argument("--copies", type=int, metavar="N",
                        help="instead of --articles: pages 0..N-1 and a near-copy of each "
                             "(the deduplication check on a small corpus)")
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="chronist-bench-") as tmp:
        folder = Path(tmp)
        corpus = folder / "corpus"
        corpus.mkdir()
        if args.copies:
            generate_copies(corpus, args.copies)
        else:
            generate(corpus, args.articles)
        results = [run(corpus, int(w), args.db, folder, args.stages, args.timeout)
                   for w in args.workers.split(",")]
    for result in results:
        print(json.dumps(result, ensure_ascii=False))
    if len(results) > 1 and results[0]["articles_per_s"]:
        print(f"speed-up {results[-1]['workers']} vs {results[0]['workers']} workers: "
              f"{results[-1]['articles_per_s'] / results[0]['articles_per_s']:.2f}x")
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
