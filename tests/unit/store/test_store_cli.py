"""`chronist ingest` and `chronist events` through the command line (in-process runner)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from storekit import actor, make_document, put
from typer.testing import CliRunner

from chronist.cli import app
from chronist.store import EventStore, cluster_events

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_ingest_cli_summary_and_failures(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"text": "The government in London announced new talks."})
                    + "\n{broken\n", encoding="utf-8")
    db = tmp_path / "c.db"
    result = invoke("ingest", str(dump), "--db", str(db), "--quiet")
    assert result.exit_code == 0
    assert "documents stored" in result.output and "not valid JSON" in result.output
    again = invoke("ingest", str(dump), "--db", str(db), "--quiet")
    assert "already stored, skipped" in again.output


def test_ingest_cli_fails_when_nothing_could_be_read(tmp_path: Path) -> None:
    result = invoke("ingest", str(tmp_path / "nothing.html"), "--db", str(tmp_path / "c.db"))
    assert result.exit_code == 1
    assert "no such file" in result.output


def test_ingest_cli_unreachable_database_is_one_line(tmp_path: Path) -> None:
    result = invoke("ingest", str(tmp_path), "--db",
                    "postgresql://nobody:x@127.0.0.1:1/none?connect_timeout=2")
    assert result.exit_code == 1
    assert "cannot reach the store" in result.output


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "c.db"
    store = EventStore(str(path))
    put(store, make_document("Israeli warplanes struck targets in southern Lebanon on Tuesday.",
                             [("ASSAULT", "aerial", actor("Israel", "ISR", "Q801"),
                               actor("Lebanon", "LBN", "Q822"), "2026-02-03")],
                             url="https://news.example.com/b"))
    cluster_events(store)
    store.close()
    return path


@pytest.mark.parametrize(
    ("args", "check"),
    [
        (["-f", "csv"], lambda out: list(csv.DictReader(io.StringIO(out)))[0]["type"] == "ASSAULT"),
        (["-f", "jsonl", "--clusters"], lambda out: json.loads(out)["n_mentions"] == 1),
        (["-f", "plover", "--dyad", "ISR:LBN"], lambda o: json.loads(o)["event"] == ["ASSAULT"]),
        (["-f", "gdelt", "--type", "ASSAULT"], lambda out: "195" in out.splitlines()[1]),
        (["-f", "csv", "--country", "FRA"], lambda out: len(out.strip().splitlines()) == 1),
        (["--since", "2026-02"], lambda out: "ASSAULT" in out),
    ],
)
def test_events_cli_formats_and_filters(db: Path, args: list[str], check) -> None:
    result = invoke("events", "--db", str(db), *args)
    assert result.exit_code == 0, result.output
    assert check(result.output)


def test_events_cli_parquet_to_file(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "e.parquet"
    result = invoke("events", "--db", str(db), "-f", "parquet", "-o", str(target))
    assert result.exit_code == 0 and target.stat().st_size > 0


@pytest.mark.parametrize("args", [["-f", "parquet"], ["--dyad", "ISR"]])
def test_events_cli_usage_errors(db: Path, args: list[str]) -> None:
    assert invoke("events", "--db", str(db), *args).exit_code == 2


def test_events_cli_missing_store_is_an_error(tmp_path: Path) -> None:
    result = invoke("events", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1 and "no store at" in result.output
    assert not (tmp_path / "none.db").exists()
