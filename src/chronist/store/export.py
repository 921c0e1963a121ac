"""Writing query rows: table, CSV, JSONL, Parquet, PLOVER-style JSONL, GDELT-like CSV.

Every writer takes the rows `chronist.store.query` yields (raw events or clusters) and
a binary or text stream; counts of mentions/sources are filled for clusters and are 1
for raw events.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from chronist import __version__
from chronist.store.plover_map import load_plover_map
from chronist.store.records import wikidata_id

CODEBOOK = "PLOVER 0.8"

FLAT_COLUMNS = [
    "uid", "cluster_id", "date", "date_basis", "type", "mode", "context",
    "source_name", "source_entity", "source_country", "source_sector",
    "target_name", "target_entity", "target_country", "target_sector",
    "factuality", "intensity", "confidence", "location_name", "location_country",
    "event_text", "trigger_text", "document_id", "url", "outlet", "title", "language",
    "published", "pipeline_version", "n_mentions", "n_documents", "n_outlets", "sources",
]


def flat_record(row: dict[str, Any]) -> dict[str, Any]:
    record = {column: row.get(column) for column in FLAT_COLUMNS}
    for column in ("n_mentions", "n_documents", "n_outlets"):
        record[column] = row.get(column, 1)
    record["sources"] = row.get("sources") or [row.get("url") or row.get("document_id")]
    return record


def _csv_value(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def write_csv(rows: Iterable[dict[str, Any]], stream: IO[str]) -> int:
    writer = csv.DictWriter(stream, fieldnames=FLAT_COLUMNS)
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({k: _csv_value(v) for k, v in flat_record(row).items()})
        count += 1
    return count


def write_jsonl(rows: Iterable[dict[str, Any]], stream: IO[str]) -> int:
    count = 0
    for row in rows:
        record = flat_record(row)
        record["record"] = row.get("record")
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_parquet(rows: Iterable[dict[str, Any]], path: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    records = [flat_record(row) for row in rows]
    # Lists of strings stay lists; nested records travel as JSON text.
    for record in records:
        record["context"] = list(record["context"] or [])
        record["sources"] = [str(s) for s in record["sources"]]
    schema = pa.schema([
        (c, pa.list_(pa.string()) if c in ("context", "sources")
         else pa.float64() if c in ("intensity", "confidence")
         else pa.int64() if c in ("cluster_id", "n_mentions", "n_documents", "n_outlets")
         else pa.string())
        for c in FLAT_COLUMNS
    ])
    pq.write_table(pa.Table.from_pylist(records, schema=schema), path)
    return len(records)


# -- PLOVER-style records -----------------------------------------------------------


def _qid(entities: dict[str, str | None], entity: str | None) -> str | None:
    if not entity:
        return None
    return entities.get(entity) or wikidata_id(entity)


def _plover_actor(actor: dict[str, Any], entities: dict[str, str | None]) -> dict[str, Any]:
    entity = actor.get("entity")
    return {
        "actor_text": actor.get("name"),
        "identifier_id": _qid(entities, entity),
        "identifier_text": actor.get("name"),
        "entity": entity,
        "country": actor.get("country"),
        "sector": actor.get("sector"),
    }


def plover_record(row: dict[str, Any], entities: dict[str, str | None]) -> dict[str, Any]:
    """One event in the PLOVER data format (actor/recipient lists, event as a list)."""
    code = load_plover_map().code(row["type"], row.get("mode"))
    record = {
        "id": row.get("cluster_key") or row["uid"],
        "date": row.get("date") or row.get("published"),
        "actor": [_plover_actor(a, entities) for a in row.get("source_actors") or []],
        "recipient": [_plover_actor(a, entities) for a in row.get("target_actors") or []],
        "event": [row["type"]],
        "mode": [row["mode"]] if row.get("mode") else [],
        "context": list(row.get("context") or []),
        "quad_code": code.quad_class if code else None,
        "event_scale": row.get("intensity"),
        "factuality": row.get("factuality"),
        "event_loc": {"extracted_place": row.get("location_name"),
                      "country_code": row.get("location_country")}
        if row.get("location_name") else None,
        "event_text": row.get("event_text"),
        "cite_info": {
            "url": row.get("url"),
            "title": row.get("title"),
            "language": row.get("language"),
            "publication": row.get("outlet"),
            "pub_date": row.get("published"),
            "coder": "chronist",
            "codebook": CODEBOOK,
            "version": row.get("pipeline_version") or __version__,
        },
    }
    if "n_mentions" in row:
        record["link"] = row.get("mentions")
        record["sources"] = row.get("sources")
    return record


def write_plover(
    rows: Iterable[dict[str, Any]], stream: IO[str], entities: dict[str, str | None]
) -> int:
    count = 0
    for row in rows:
        stream.write(json.dumps(plover_record(row, entities), ensure_ascii=False) + "\n")
        count += 1
    return count


# -- GDELT-like CSV -----------------------------------------------------------------

GDELT_COLUMNS = [
    "GlobalEventID", "SQLDATE", "EventDate", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor1Wikidata", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "Actor2Wikidata",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "ActionGeo_FullName", "ActionGeo_CountryCode",
    "PloverType", "PloverMode", "Factuality", "DATEADDED", "SOURCEURL",
]


def _sqldate(value: str | None) -> str | None:
    """YYYYMMDD; a date known only to the month or year gets 00 for the unknown parts
    rather than an invented day (EventDate keeps the ISO value as coded)."""
    if not value or "-W" in value:
        return None
    parts = value[:10].split("-")
    return (parts + ["00", "00"])[0] + "".join((parts + ["00", "00"])[1:3])


def gdelt_record(row: dict[str, Any], entities: dict[str, str | None]) -> dict[str, Any]:
    code = load_plover_map().code(row["type"], row.get("mode"))
    when = _sqldate(row.get("date") or row.get("published"))
    return {
        "GlobalEventID": row.get("cluster_key") or row["uid"],
        "SQLDATE": when,
        "EventDate": row.get("date"),
        "Actor1Name": (row.get("source_name") or "").upper() or None,
        "Actor1CountryCode": row.get("source_country"),
        "Actor1Type1Code": row.get("source_sector"),
        "Actor1Wikidata": _qid(entities, row.get("source_entity")),
        "Actor2Name": (row.get("target_name") or "").upper() or None,
        "Actor2CountryCode": row.get("target_country"),
        "Actor2Type1Code": row.get("target_sector"),
        "Actor2Wikidata": _qid(entities, row.get("target_entity")),
        "IsRootEvent": 1 if code and len(code.code) == 3 and code.code.endswith("0") else 0,
        "EventCode": code.code if code else None,
        "EventBaseCode": code.code[:3] if code else None,
        "EventRootCode": code.root if code else None,
        "QuadClass": code.quad_class if code else None,
        "GoldsteinScale": code.goldstein if code else None,
        "NumMentions": row.get("n_mentions", 1),
        "NumSources": row.get("n_outlets", 1) or 1,
        "NumArticles": row.get("n_documents", 1),
        "ActionGeo_FullName": row.get("location_name"),
        "ActionGeo_CountryCode": row.get("location_country"),
        "PloverType": row["type"],
        "PloverMode": row.get("mode"),
        "Factuality": row.get("factuality"),
        "DATEADDED": (row.get("published") or "").replace("-", "")[:8] or None,
        "SOURCEURL": row.get("url"),
    }


def write_gdelt(
    rows: Iterable[dict[str, Any]], stream: IO[str], entities: dict[str, str | None]
) -> int:
    writer = csv.DictWriter(stream, fieldnames=GDELT_COLUMNS)
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(gdelt_record(row, entities))
        count += 1
    return count


def entity_wikidata(store: Any) -> dict[str, str | None]:
    """Entity id -> Wikidata QID, over the whole store (ids are global, e.g. Q567)."""
    from sqlalchemy import select

    from chronist.store.tables import entities

    query = select(entities.c.entity_id, entities.c.wikidata).distinct()
    with store.engine.connect() as conn:
        known: dict[str, str | None] = {}
        for entity_id, qid in conn.execute(query):
            known[entity_id] = known.get(entity_id) or qid or wikidata_id(entity_id)
        return known
