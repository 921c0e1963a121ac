"""`chronist.store.ingest` against a real SQLite file and a real PostgreSQL server."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, update
from storekit import store  # noqa: F401  (fixture)

from chronist.store import EventStore, IngestOptions, ingest
from chronist.store.tables import documents, inputs

ARTICLES = [
    "Die Bundesregierung hat am Montag in Berlin neue Gespräche mit Frankreich angekündigt.",
    "The government in London announced new talks with Dublin on Monday.",
    "Der Außenminister reiste am Dienstag nach Warschau, um über Hilfen zu sprechen.",
]


def write_dump(folder: Path, articles: list[str], extra_lines: list[str] = ()) -> Path:
    path = folder / "dump.jsonl"
    lines = [json.dumps({"text": t, "published": "2026-02-03"}) for t in articles]
    path.write_text("\n".join([*lines, *extra_lines]) + "\n", encoding="utf-8")
    return path


def run(targets: list[Path | str], db: EventStore, **options: object):
    settings = IngestOptions(cluster=False, **options)  # type: ignore[arg-type]
    return ingest([str(t) for t in targets], db, settings)


def test_ingest_stores_each_article_once(store: EventStore, tmp_path: Path) -> None:  # noqa: F811
    dump = write_dump(tmp_path, ARTICLES)
    first = run([dump], store)
    again = run([dump], store)
    assert (first.stored, first.failed) == (3, 0)
    assert (again.stored, again.skipped) == (0, 3)
    assert store.counts()["documents"] == 3


def test_ingest_same_text_twice_is_one_document(store: EventStore, tmp_path: Path) -> None:  # noqa: F811
    (tmp_path / "a.txt").write_text(ARTICLES[1], encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLES[1] + "\n", encoding="utf-8")
    summary = run([tmp_path], store)
    assert (summary.stored, summary.duplicates) == (1, 1)
    assert store.counts()["inputs"] == 2


@pytest.mark.parametrize(
    ("bad_line", "code"),
    [("{not json", "unreadable"), ('{"url": "https://x.example/a"}', "bad-input")],
)
def test_ingest_records_failures_with_reasons(
    store: EventStore, tmp_path: Path, bad_line: str, code: str  # noqa: F811
) -> None:
    dump = write_dump(tmp_path, ARTICLES[:1], [bad_line])
    summary = run([dump, tmp_path / "missing.html"], store)
    assert summary.stored == 1
    failures = {row["name"]: row for row in store.failure_rows()}
    assert failures[f"{dump}:2"]["code"] == code
    assert failures[str(tmp_path / "missing.html")]["reason"].startswith("no such file")


def test_reprocess_recodes_only_older_versions(store: EventStore, tmp_path: Path) -> None:  # noqa: F811
    dump = write_dump(tmp_path, ARTICLES)
    run([dump], store)
    with store.engine.begin() as conn:  # pretend one document came from an older pipeline
        old = conn.execute(select(documents.c.id).limit(1)).scalar_one()
        conn.execute(update(documents).where(documents.c.id == old)
                     .values(pipeline_version="0.0.1+old"))
        conn.execute(update(inputs).where(inputs.c.document_id == old)
                     .values(pipeline_version="0.0.1+old"))
    summary = run([dump], store, reprocess=True)
    assert (summary.stored, summary.skipped) == (1, 2)
    with store.engine.connect() as conn:
        versions = conn.execute(select(func.count(func.distinct(documents.c.pipeline_version))))
        assert versions.scalar_one() == 1
    assert store.counts()["documents"] == 3


def test_ingest_with_two_workers_matches_one(tmp_path: Path) -> None:
    dump = write_dump(tmp_path, ARTICLES)
    one = EventStore(str(tmp_path / "one.db"))
    two = EventStore(str(tmp_path / "two.db"))
    run([dump], one, workers=1)
    summary = run([dump], two, workers=2)
    assert summary.stored == 3
    assert sorted(one.document_ids()) == sorted(two.document_ids())


def crash_on_marker(item):  # runs in a worker process
    """A stand-in for a crash in native code: the worker dies on one input."""
    from chronist.store.work import process_item

    if item.record and "CRASH" in str(item.record.get("text")):
        os._exit(1)
    return process_item(item)


def test_ingest_worker_crash_is_a_failure_not_a_hang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The package re-exports the function `ingest`, which shadows the module's name.
    monkeypatch.setattr(sys.modules["chronist.store.ingest"], "process_item", crash_on_marker)
    dump = write_dump(tmp_path, [*ARTICLES, "CRASH here, in a sentence of our own."])
    db = EventStore(str(tmp_path / "crash.db"))
    summary = run([dump], db, workers=2)
    assert summary.stored == 3
    assert [(code, name.endswith(":4")) for name, code, _ in summary.failures] == [
        ("worker-crashed", True)
    ]


def spinning_pipeline(_language: str, _skip: tuple[str, ...] = ()):
    """A stage stuck in a loop (as a cycle in a dependency tree can make one)."""

    def run(doc):
        while True:
            pass

    return run


def test_ingest_document_over_cpu_limit_is_a_timeout_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("chronist.store.work.default_pipeline", spinning_pipeline)
    dump = write_dump(tmp_path, ARTICLES[:1])
    db = EventStore(str(tmp_path / "spin.db"))
    summary = ingest([str(dump)], db, IngestOptions(cluster=False, timeout=0.5))
    assert summary.failed == 1
    (failure,) = db.failure_rows()
    assert failure["code"] == "timeout" and "0.5 s of CPU" in failure["reason"]


def test_ingest_builds_pipelines_once_before_items_and_not_on_a_finished_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from chronist.store import work

    built: list[str] = []
    monkeypatch.setattr(work, "default_pipeline",
                        lambda language, skip=(): built.append(language) or (lambda doc: doc))
    dump = write_dump(tmp_path, ARTICLES[:1])
    db = EventStore(str(tmp_path / "warm.db"))
    run([dump], db, embed=False)
    # Both languages, before the first item (whatever the corpus holds).
    assert built[:2] == ["de", "en"]
    built.clear()
    assert run([dump], db).skipped == 1
    assert built == []
