"""What a worker does with one input item: ingest, pipeline, event embeddings.

Runs in worker processes (or in-process with one worker). Each process builds the
pipeline once per language (`default_pipeline` is cached) and the embedder once; the
result is plain data, cheap to send back to the single writer.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from chronist.errors import ChronistError, InputError
from chronist.ingest import SUPPORTED, Article, parse_record, read_articles, to_document
from chronist.pipeline import default_pipeline
from chronist.store.embed import embed_texts
from chronist.store.sources import Item


@dataclass(slots=True)
class WorkSettings:
    version: str
    known: dict[str, str] = field(default_factory=dict)
    """Document id -> pipeline version already in the store."""
    reprocess: bool = False
    embed: bool = True
    skip_stages: tuple[str, ...] = ()
    """Pipeline stages left out (e.g. to measure ingestion and the store on their own)."""
    timeout: float | None = 120.0
    """CPU seconds one document may take before it is given up as a failure (a stage
    stuck in a loop must not stall a corpus of millions)."""


@dataclass(slots=True)
class Result:
    key: str
    name: str
    status: str  # stored | duplicate | failed
    document_id: str | None = None
    output: dict[str, Any] | None = None
    embeddings: list[bytes | None] | None = None
    code: str | None = None
    reason: str | None = None
    pipeline_seconds: float = 0.0
    pipeline_cpu_seconds: float = 0.0
    """CPU time of the work (unlike wall time, not inflated by a busy machine)."""
    pid: int = 0


_settings: WorkSettings | None = None
_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _exit_with_parent() -> None:
    """A worker must not outlive a writer killed with SIGKILL (it would keep a core busy
    and its results could go nowhere): Linux kills it with its parent; elsewhere a
    watchdog thread notices the parent is gone."""
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def init_worker(settings: WorkSettings) -> None:
    """Pool initializer: the store snapshot and options, once per process."""
    global _settings
    _settings = settings
    # Each worker is one process on one core: the embedder must not spawn threads.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    if multiprocessing.parent_process() is not None:
        _exit_with_parent()


def warm_up(settings: WorkSettings) -> None:
    """Build the pipelines of every supported language once, before the first item: in
    the writer before it forks the worker pool, so that every worker (and a pool rebuilt
    after a crash) inherits them instead of building its own (~6 CPU-s each), and no
    article's time includes loading models. The embedder (a memory-mapped file, quick to
    open) is left to each worker: its OpenMP runtime must not be started before a fork."""
    try:
        for language in SUPPORTED:
            default_pipeline(language, settings.skip_stages)
    except Exception:  # noqa: BLE001 - every item will report the broken stage itself
        return


def _article(item: Item) -> Article:
    if item.record is not None:
        return parse_record(item.record, where=item.name)
    articles = list(read_articles(item.payload, name=item.name))
    if len(articles) != 1:
        raise InputError(f"{item.name}: expected one article, found {len(articles)}")
    if isinstance(articles[0], InputError):
        raise articles[0]
    article = articles[0]
    article.url = article.url or item.url
    return article


def _embeddings(output: dict[str, Any]) -> list[bytes | None]:
    text = output["document"]["text"]
    sentences = [
        text[e["sentence"]["start"] : e["sentence"]["end"]] if e.get("sentence") else ""
        for e in output["events"]
    ]
    vectors = embed_texts(sentences)
    return [v.tobytes() if s else None for v, s in zip(vectors, sentences, strict=True)]


class DocumentTimeout(Exception):
    pass


def _on_timer(_signum: int, _frame: Any) -> None:
    raise DocumentTimeout


@contextmanager
def cpu_limit(seconds: float | None) -> Iterator[None]:
    """Raise DocumentTimeout in this thread after `seconds` of process CPU time. CPU time,
    not wall time: a machine busy with other work must not make documents time out.
    Signals reach only the main thread, so elsewhere there is no limit."""
    usable = seconds and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return
    previous = signal.signal(signal.SIGPROF, _on_timer)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _is_current(settings: WorkSettings, doc_id: str) -> bool:
    stored = settings.known.get(doc_id)
    return stored is not None and (not settings.reprocess or stored == settings.version)


def _process(item: Item, settings: WorkSettings, result: Result) -> None:
    # api.process_article in two steps: the content hash (the document id) needs only
    # the cleaned text, and a stored document must not pay for the pipeline.
    doc = to_document(_article(item))
    if _is_current(settings, doc.id):
        result.status, result.document_id = "duplicate", doc.id
        return
    default_pipeline(doc.language, settings.skip_stages)(doc)
    result.output = doc.to_output()
    result.document_id = doc.id
    if settings.embed and result.output["events"]:
        result.embeddings = _embeddings(result.output)
    result.status = "stored"


def process_item(item: Item) -> Result:
    settings = _settings or WorkSettings(version="unknown")
    result = Result(key=item.key, name=item.name, status="failed", pid=os.getpid())
    if item.error:
        result.code, result.reason = "unreadable", item.error
        return result
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        with cpu_limit(settings.timeout):
            _process(item, settings, result)
    except DocumentTimeout:
        result.status, result.output, result.embeddings = "failed", None, None
        result.code = "timeout"
        result.reason = f"gave up after {settings.timeout:g} s of CPU time in the pipeline"
    except ChronistError as error:
        result.code, result.reason = error.code, str(error)
    except Exception as error:  # a bug in a stage: record it and go on with the corpus
        result.code, result.reason = "internal", f"{type(error).__name__}: {error}"
    finally:
        result.pipeline_seconds = time.perf_counter() - started
        result.pipeline_cpu_seconds = time.process_time() - cpu_started
    return result
