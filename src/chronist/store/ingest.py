"""Corpus ingestion: items -> workers (ingest + pipeline) -> one writer -> the store.

Workers only compute; the main process is the single writer, which suits SQLite (one
writer at a time) and keeps every document in one transaction. The store is read once
at the start (which inputs and documents are done, and by which pipeline version), so
a rerun skips finished inputs without even parsing them.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import chain

from chronist.store.records import document_rows
from chronist.store.sources import Item, count_items, iter_items
from chronist.store.store import EventStore
from chronist.store.version import pipeline_version
from chronist.store.work import Result, WorkSettings, init_worker, process_item, warm_up


@dataclass(slots=True)
class IngestSummary:
    version: str
    total: int = 0
    stored: int = 0
    duplicates: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    pipeline_seconds: float = 0.0
    """Time the workers spent in ingestion + pipeline + embeddings (summed over workers)."""
    store_seconds: float = 0.0
    """Time the writer spent in the store (rows, transactions)."""
    pipeline_cpu_seconds: float = 0.0
    store_cpu_seconds: float = 0.0
    """The same two as CPU time, which a machine busy with other work does not inflate."""
    cluster_seconds: float = 0.0
    """Time the writer spent clustering events across articles, after ingestion."""
    wall_seconds: float = 0.0
    clusters: int = 0
    failures: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def processed(self) -> int:
        return self.stored + self.duplicates + self.failed

    @property
    def rate(self) -> float:
        return self.processed / self.wall_seconds if self.wall_seconds else 0.0


@dataclass(slots=True)
class IngestOptions:
    workers: int = 1
    reprocess: bool = False
    embed: bool = True
    cluster: bool = True
    count_first: bool = True
    skip_stages: tuple[str, ...] = ()
    timeout: float | None = 120.0


Callback = Callable[[Result], None]


def _pending(
    targets: list[str], done: dict[str, str], options: IngestOptions, version: str,
    summary: IngestSummary, on_result: Callback | None,
) -> Iterator[Item]:
    for item in iter_items(targets):
        stored_by = done.get(item.key)
        if stored_by is not None and (not options.reprocess or stored_by == version):
            summary.skipped += 1
            if on_result:
                on_result(Result(key=item.key, name=item.name, status="skipped"))
            continue
        yield item


def _results(items: Iterable[Item], settings: WorkSettings, workers: int) -> Iterator[Result]:
    source = iter(items)
    first = next(source, None)
    if first is None:  # nothing to do (a rerun of a finished corpus): load no models
        return
    warm_up(settings)
    items = chain([first], source)
    if workers <= 1:
        init_worker(settings)
        yield from map(process_item, items)
        return
    yield from _parallel(items, settings, workers)


def _executor(settings: WorkSettings, workers: int) -> ProcessPoolExecutor:
    # fork: workers inherit the imported modules; each builds its pipelines once.
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=init_worker, initargs=(settings,))


def _crashed(item: Item) -> Result:
    return Result(key=item.key, name=item.name, status="failed", code="worker-crashed",
                  reason="the worker process died on this input (run again to retry)")


def _parallel(items: Iterable[Item], settings: WorkSettings, workers: int) -> Iterator[Result]:
    """Items through a process pool, a few per worker in flight (memory stays flat on any
    corpus size). A worker that dies (a crash in native code, the OOM killer) breaks the
    pool and every item in flight with it: those suspects are rerun one at a time on a
    fresh pool, so only the item that breaks it alone is recorded as a failure; the run
    neither hangs nor drops an input."""
    source = iter(items)
    suspects: list[Item] = []
    executor = _executor(settings, workers)
    pending: dict[Future[Result], Item] = {}
    try:
        while True:
            if suspects:
                if not pending:
                    suspect = suspects.pop()
                    pending[executor.submit(process_item, suspect)] = suspect
            else:
                while len(pending) < workers * 4 and (item := next(source, None)) is not None:
                    pending[executor.submit(process_item, item)] = item
            if not pending:
                return
            alone = len(pending) == 1
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken: list[Item] = []
            for future in done:
                work = pending.pop(future)
                try:
                    yield future.result()
                except BrokenProcessPool:
                    broken.append(work)
            if broken:
                if alone:
                    yield _crashed(broken[0])
                else:
                    suspects.extend([*broken, *pending.values()])
                pending.clear()
                executor.shutdown(wait=True, cancel_futures=True)
                executor = _executor(settings, workers)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _write(store: EventStore, result: Result, summary: IngestSummary, written: set[str]) -> None:
    version = summary.version
    if result.status == "failed":
        summary.failed += 1
        summary.failures.append((result.name, result.code or "error", result.reason or ""))
        store.write_failure(key=result.key, name=result.name, code=result.code or "error",
                            reason=result.reason or "", version=version)
        return
    assert result.document_id is not None
    if result.status == "duplicate" or result.document_id in written:
        summary.duplicates += 1
        store.write_duplicate(key=result.key, name=result.name,
                              document_id=result.document_id, version=version)
        return
    assert result.output is not None
    rows = document_rows(result.output, version=version, input_name=result.name,
                         embeddings=result.embeddings,
                         pipeline_seconds=round(result.pipeline_seconds, 4))
    store.write_document(rows, key=result.key, name=result.name, version=version)
    written.add(result.document_id)
    summary.stored += 1
    summary.events += len(rows.events)


def ingest(
    targets: list[str],
    store: EventStore,
    options: IngestOptions | None = None,
    *,
    on_total: Callable[[int], None] | None = None,
    on_result: Callback | None = None,
) -> IngestSummary:
    """Ingest every item of `targets` into `store`; see the module docstring."""
    options = options or IngestOptions()
    version = pipeline_version()
    summary = IngestSummary(version=version)
    started = time.perf_counter()
    if options.count_first:
        summary.total = count_items(targets)
        if on_total:
            on_total(summary.total)
    done = store.input_versions()
    settings = WorkSettings(version=version, known=store.document_versions(),
                            reprocess=options.reprocess, embed=options.embed,
                            skip_stages=options.skip_stages, timeout=options.timeout)
    written: set[str] = set()
    items = _pending(targets, done, options, version, summary, on_result)
    for result in _results(items, settings, options.workers):
        summary.pipeline_seconds += result.pipeline_seconds
        summary.pipeline_cpu_seconds += result.pipeline_cpu_seconds
        tick, cpu_tick = time.perf_counter(), time.process_time()
        _write(store, result, summary, written)
        summary.store_seconds += time.perf_counter() - tick
        summary.store_cpu_seconds += time.process_time() - cpu_tick
        if on_result:
            on_result(result)
    if options.cluster:
        from chronist.store.dedup import cluster_events

        tick = time.perf_counter()
        summary.clusters = cluster_events(store)
        summary.cluster_seconds = time.perf_counter() - tick
    summary.wall_seconds = time.perf_counter() - started
    return summary
