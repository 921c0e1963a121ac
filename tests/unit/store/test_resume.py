"""Resumability: a real `chronist ingest` process killed with SIGKILL mid-run, then rerun."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from chronist.store import EventStore, IngestOptions, ingest

ARTICLES = 60
SUBJECTS = ["The government", "The opposition", "Police", "The foreign minister", "Protesters"]
OBJECTS = ["Dublin", "Paris", "the unions", "Berlin", "Warsaw", "the European Union"]


def write_corpus(path: Path) -> None:
    lines = []
    for number in range(ARTICLES):
        subject = SUBJECTS[number % len(SUBJECTS)]
        other = OBJECTS[number % len(OBJECTS)]
        text = (f"{subject} criticised {other} on day {number} of the dispute. "
                "Officials said more meetings would follow next week.")
        lines.append(json.dumps({"text": text, "published": "2026-02-03"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def stored_count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return conn.execute("select count(*) from documents").fetchone()[0]
    except sqlite3.Error:  # not created or migrated yet
        return 0


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def kill_midway(corpus: Path, db: Path) -> tuple[int, list[int]]:
    """Run `chronist ingest --workers 2`, SIGKILL the writer once a few documents are
    stored; its exit status and its worker processes."""
    command = [sys.executable, "-m", "chronist", "ingest", str(corpus), "--db", str(db),
               "--no-cluster", "--quiet", "--workers", "2"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 600  # model loading is slow on a loaded shared machine
    while stored_count(db) < 3 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    workers = children(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait()
    return process.returncode, workers


def wait_for_exit(pids: list[int], seconds: float = 60) -> bool:
    """Have all processes ended within `seconds`? Polled, as a loaded machine is slow to reap."""
    deadline = time.monotonic() + seconds
    while [pid for pid in pids if alive(pid)]:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in status


def test_resume_after_sigkill_loses_and_doubles_nothing(tmp_path: Path) -> None:
    corpus, db = tmp_path / "corpus.jsonl", tmp_path / "chronist.db"
    write_corpus(corpus)
    status, workers = kill_midway(corpus, db)
    assert status == -signal.SIGKILL
    assert workers and wait_for_exit(workers)  # they follow their writer (SIGKILL on parent death)
    before = stored_count(db)
    assert 0 < before < ARTICLES, "the kill should land in the middle of the run"
    store = EventStore(str(db))
    summary = ingest([str(corpus)], store, IngestOptions(cluster=False))
    assert summary.skipped == before
    assert summary.stored == ARTICLES - before
    counts = store.counts()
    assert counts["documents"] == counts["inputs"] == ARTICLES
    assert counts["failures"] == 0
    with sqlite3.connect(db) as conn:
        declared = conn.execute("select coalesce(sum(n_events), 0) from documents").fetchone()[0]
        assert conn.execute("select count(*) from events").fetchone()[0] == declared
