"""`chronist events`: query the event store and export raw events or event clusters."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from chronist.cli.common import fail
from chronist.errors import ChronistError
from chronist.store import DEFAULT_DB, EventFilter, EventStore, query
from chronist.store import export as exports


class EventFormat(StrEnum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"
    plover = "plover"
    gdelt = "gdelt"


def _dyad(value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    for separator in (":", ">", ","):
        if separator in value:
            source, _, target = value.partition(separator)
            if source and target:
                return source.strip(), target.strip()
    raise typer.BadParameter(f"{value!r}: give a dyad as SOURCE:TARGET, e.g. RUS:UKR")


def _table(rows: Iterable[dict[str, Any]], clustered: bool) -> int:
    table = Table(show_lines=False)
    table.add_column("date", no_wrap=True)
    table.add_column("event", no_wrap=True)
    for column in ("source", "target"):
        table.add_column(column, max_width=22, overflow="ellipsis")
    table.add_column("factuality", no_wrap=True)
    table.add_column("reports" if clustered else "outlet", max_width=24, overflow="ellipsis")
    table.add_column("text", ratio=1, min_width=30, overflow="fold")
    count = 0
    for row in rows:
        event = row["type"] + (f"/{row['mode']}" if row.get("mode") else "")
        mentions, outlets = row.get("n_mentions", 1), row.get("n_outlets", 0)
        reports = f"{mentions} report{'s' if mentions != 1 else ''}" + (
            f", {outlets} outlet{'s' if outlets != 1 else ''}" if outlets else "")
        table.add_row(
            row.get("date") or row.get("published") or "",
            event,
            row.get("source_name") or row.get("source_country") or "",
            row.get("target_name") or row.get("target_country") or "",
            row.get("factuality") or "",
            reports if clustered else row.get("outlet") or "",
            " ".join((row.get("event_text") or "").split())[:200],
        )
        count += 1
    # A pipe gets a wide table rather than rich's 80-column default.
    console = Console() if sys.stdout.isatty() else Console(width=200)
    console.print(table)
    return count


def _write(rows: Iterable[dict[str, Any]], fmt: EventFormat, output: str | None,
           store: EventStore, clustered: bool) -> int:
    if fmt is EventFormat.table:
        return _table(rows, clustered)
    if fmt is EventFormat.parquet:
        if not output:
            raise typer.BadParameter("parquet needs --output FILE", param_hint="--output")
        return exports.write_parquet(rows, output)
    stream = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt is EventFormat.csv:
            return exports.write_csv(rows, stream)
        if fmt is EventFormat.jsonl:
            return exports.write_jsonl(rows, stream)
        entities = exports.entity_wikidata(store)
        if fmt is EventFormat.plover:
            return exports.write_plover(rows, stream, entities)
        return exports.write_gdelt(rows, stream, entities)
    finally:
        if output:
            stream.close()


def events_command(
    db: Annotated[str, typer.Option("--db", help="SQLite file or PostgreSQL URL.")] = DEFAULT_DB,
    actor: Annotated[list[str] | None, typer.Option(
        "--actor", "-a", help="Entity id (e.g. Q567) or part of a name; source or target.")
    ] = None,
    country: Annotated[list[str] | None, typer.Option(
        "--country", "-c", help="ISO 3166-1 alpha-3 code of the source or target.")
    ] = None,
    dyad: Annotated[str | None, typer.Option(
        "--dyad", help="SOURCE:TARGET, each a country code or entity id (e.g. RUS:UKR).")
    ] = None,
    undirected: Annotated[bool, typer.Option(
        "--undirected", help="Match the dyad in both directions.")] = False,
    event_type: Annotated[list[str] | None, typer.Option(
        "--type", "-t", help="PLOVER event type (repeatable), e.g. ASSAULT.")] = None,
    since: Annotated[str | None, typer.Option(
        "--since", help="Earliest event date (ISO, e.g. 2026-01 or 2026-01-15).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Latest event date (ISO).")] = None,
    factuality: Annotated[list[str] | None, typer.Option(
        "--factuality", help="asserted | negated | possible | planned (repeatable).")] = None,
    outlet: Annotated[list[str] | None, typer.Option(
        "--outlet", help="Source outlet (part of the host name, e.g. spiegel.de).")] = None,
    language: Annotated[list[str] | None, typer.Option(
        "--lang", help="Article language (de, en).")] = None,
    clustered: Annotated[bool, typer.Option(
        "--clusters/--raw",
        help="One row per event cluster (deduplicated across articles) or every mention.")
    ] = False,
    output_format: Annotated[EventFormat, typer.Option(
        "--format", "-f",
        help="table, csv, jsonl, parquet, plover (PLOVER-style JSONL), gdelt (GDELT-like CSV).")
    ] = EventFormat.table,
    output: Annotated[str | None, typer.Option(
        "--output", "-o", help="Write to FILE (default: standard output).")] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1)] = None,
) -> None:
    """Query the event store: filter by actor, country, dyad, type, date, factuality, outlet.

    Examples:

        chronist events --dyad RUS:UKR --type ASSAULT --since 2026-01 --clusters

        chronist events --country DEU -f gdelt -o deu.csv

        chronist events -f parquet -o events.parquet
    """
    spec = EventFilter(
        actors=actor or [], countries=country or [], dyad=_dyad(dyad), undirected=undirected,
        types=event_type or [], since=since, until=until, factuality=factuality or [],
        outlets=outlet or [], languages=language or [], limit=limit,
    )
    if "://" not in db and not Path(db).is_file():
        fail(f"no store at {db} (fill one with 'chronist ingest', or give --db)")
    try:
        store = EventStore(db)
        count = _write(query(store, spec, clustered=clustered), output_format, output, store,
                       clustered)
    except ChronistError as error:
        fail(str(error))
    if output:
        typer.echo(f"{count} {'clusters' if clustered else 'events'} -> {output}", err=True)
    store.close()


def register(app: typer.Typer) -> None:
    app.command("events")(events_command)
