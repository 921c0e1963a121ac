"""Exports: CSV, JSONL, Parquet, PLOVER-style JSONL and GDELT-like CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from storekit import put_strike_reports

from chronist.store import EventFilter, EventStore, cluster_events, query
from chronist.store import export as exports
from chronist.store.plover_map import load_plover_map


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> EventStore:
    store = EventStore(str(tmp_path_factory.mktemp("export") / "chronist.db"))
    put_strike_reports(store)
    cluster_events(store)
    return store


def rows(db: EventStore, clustered: bool) -> list[dict]:
    return list(query(db, EventFilter(), clustered=clustered))


@pytest.mark.parametrize(("clustered", "count"), [(False, 2), (True, 1)])
def test_export_csv_has_one_line_per_row(db: EventStore, clustered: bool, count: int) -> None:
    stream = io.StringIO()
    assert exports.write_csv(rows(db, clustered), stream) == count
    records = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert len(records) == count
    assert records[0]["type"] == "ASSAULT" and records[0]["source_country"] == "ISR"
    assert records[0]["n_mentions"] == str(3 - count)


def test_export_jsonl_keeps_the_full_event_record(db: EventStore) -> None:
    stream = io.StringIO()
    exports.write_jsonl(rows(db, False), stream)
    first = json.loads(stream.getvalue().splitlines()[0])
    assert first["record"]["trigger"]["start"] == 0
    assert first["context"] == []


def test_export_parquet_round_trips(db: EventStore, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    assert exports.write_parquet(rows(db, True), str(path)) == 1
    table = pq.read_table(path)
    assert table.column("n_mentions").to_pylist() == [2]
    assert len(table.column("sources").to_pylist()[0]) == 2


def test_export_plover_record_has_actor_lists_with_wikidata(db: EventStore) -> None:
    stream = io.StringIO()
    exports.write_plover(rows(db, True), stream, exports.entity_wikidata(db))
    record = json.loads(stream.getvalue())
    assert record["event"] == ["ASSAULT"] and record["mode"] == ["aerial"]
    assert record["actor"][0]["identifier_id"] == "Q801"
    assert record["recipient"][0]["country"] == "LBN"
    assert record["date"] == "2026-02-03"
    assert record["quad_code"] == 4
    assert record["cite_info"]["codebook"] == "PLOVER 0.8"
    assert len(record["link"]) == 2
    assert "Libanon" in record["event_text"] or "Lebanon" in record["event_text"]


def test_export_gdelt_row_from_plover_type_and_mode(db: EventStore) -> None:
    stream = io.StringIO()
    exports.write_gdelt(rows(db, True), stream, exports.entity_wikidata(db))
    (row,) = csv.DictReader(io.StringIO(stream.getvalue()))
    assert (row["EventCode"], row["EventRootCode"], row["QuadClass"]) == ("195", "19", "4")
    assert float(row["GoldsteinScale"]) == -10.0
    assert (row["SQLDATE"], row["NumArticles"], row["Actor1Wikidata"]) == ("20260203", "2", "Q801")
    assert exports._sqldate("2025-10") == "20251000" and exports._sqldate("2025") == "20250000"


@pytest.mark.parametrize(
    ("event_type", "mode", "code", "quad", "goldstein"),
    [
        ("AGREE", None, "030", 1, 4.0),
        ("CONSULT", "visit", "042", 1, 1.9),
        ("AID", None, "070", 2, 7.0),
        ("ACCUSE", "investigate", "090", 3, -2.0),
        ("PROTEST", "riot", "145", 4, -7.5),
        ("COERCE", "arrest", "173", 4, -5.0),
        ("ASSAULT", "no-such-mode", "180", 4, -9.0),
    ],
)
def test_plover_map_gives_cameo_quad_and_goldstein(event_type, mode, code, quad, goldstein) -> None:
    cameo = load_plover_map().code(event_type, mode)
    assert cameo is not None
    assert (cameo.code, cameo.quad_class, cameo.goldstein) == (code, quad, goldstein)


def test_plover_map_covers_every_plover_type() -> None:
    types = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
             "ACCUSE", "REJECT", "SANCTION", "THREATEN", "PROTEST", "MOBILIZE", "COERCE",
             "ASSAULT"]
    assert all(load_plover_map().code(t) is not None for t in types)
    assert load_plover_map().code("NOT-A-TYPE") is None
