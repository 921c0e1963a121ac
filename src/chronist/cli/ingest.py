"""`chronist ingest`: files, folders, globs, JSONL dumps, feeds, WARC -> the event store."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from chronist.cli.common import fail
from chronist.errors import ChronistError
from chronist.store import DEFAULT_DB, EventStore, IngestOptions, IngestSummary, ingest
from chronist.store.work import Result

FAILURES_SHOWN = 20


class RateColumn(ProgressColumn):
    """Articles per second over the whole run (steadier than rich's windowed speed)."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:6.1f} art/s", style="progress.data.speed")


def _progress(console: Console) -> Progress:
    return Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    )


def _summary_table(summary: IngestSummary, store: EventStore) -> Table:
    table = Table(title=f"chronist ingest → {store.backend}", show_header=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    counts = store.counts()
    rows = [
        ("inputs seen", summary.total or summary.processed + summary.skipped),
        ("documents stored", summary.stored),
        ("duplicates (same text)", summary.duplicates),
        ("already stored, skipped", summary.skipped),
        ("failed", summary.failed),
        ("events stored", summary.events),
        ("articles/s", f"{summary.rate:.2f}"),
        ("pipeline time (all workers)", f"{summary.pipeline_seconds:.1f} s"),
        ("store time (writer)", f"{summary.store_seconds:.1f} s"),
        ("clustering time", f"{summary.cluster_seconds:.1f} s"),
        ("pipeline version", summary.version),
        ("store totals", f"{counts['documents']} documents, {counts['events']} events, "
                         f"{counts['clusters']} clusters, {counts['failures']} failures"),
    ]
    for label, value in rows:
        table.add_row(label, str(value))
    return table


def _failures_table(summary: IngestSummary) -> Table:
    table = Table(title=f"failures ({summary.failed}; all are in the store's failures table)")
    table.add_column("input", overflow="fold")
    table.add_column("code")
    table.add_column("reason", overflow="fold")
    for name, code, reason in summary.failures[:FAILURES_SHOWN]:
        table.add_row(name, code, reason)
    if summary.failed > FAILURES_SHOWN:
        table.add_row("…", "", f"{summary.failed - FAILURES_SHOWN} more")
    return table


def ingest_command(
    paths: Annotated[list[str], typer.Argument(
        help="Files, folders (read recursively), globs ('dumps/**/*.jsonl'), JSONL dumps, "
             "RSS/Atom feeds, WARC(.gz) archives; .gz files are unpacked.")],
    db: Annotated[str, typer.Option(
        "--db", help="SQLite file, or a URL such as postgresql://user:pw@host/dbname.")
    ] = DEFAULT_DB,
    workers: Annotated[int, typer.Option(
        "--workers", "-w", min=1, help="Worker processes (each builds the pipeline once).")
    ] = 1,
    reprocess: Annotated[bool, typer.Option(
        "--reprocess", help="Recode documents stored by an older pipeline version.")
    ] = False,
    cluster: Annotated[bool, typer.Option(
        "--cluster/--no-cluster", help="Group reports of one happening into event clusters.")
    ] = True,
    embed: Annotated[bool, typer.Option(
        "--embed/--no-embed",
        help="Embed event sentences (multilingual E5) for clustering across articles.")
    ] = True,
    timeout: Annotated[float, typer.Option(
        "--timeout", min=0,
        help="CPU seconds one document may take before it is recorded as a failure "
             "(0: no limit).")
    ] = 120.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Run articles through the full pipeline into an event store.

    Idempotent (a document already stored is skipped) and resumable (a killed run loses at
    most the documents in flight; run it again). Failures are kept with their reasons.

    Examples:

        chronist ingest corpus/ --workers 2

        chronist ingest 'feeds/*.xml' crawl.warc.gz --db postgresql://localhost/chronist
    """
    console = Console(stderr=True)
    options = IngestOptions(workers=workers, reprocess=reprocess, embed=embed, cluster=cluster,
                            timeout=timeout or None)
    try:
        store = EventStore(db)
        with _progress(console) as progress:
            task = progress.add_task("ingest", total=None, visible=not quiet)

            def on_total(total: int) -> None:
                progress.update(task, total=total)

            def on_result(_result: Result) -> None:
                progress.advance(task)

            summary = ingest(paths, store, options, on_total=on_total, on_result=on_result)
    except ChronistError as error:
        fail(str(error))
    console.print(_summary_table(summary, store))
    if summary.failures:
        console.print(_failures_table(summary))
    store.close()
    # Some failures in a corpus are normal; a run where nothing could be read is an error.
    if summary.failed and not (summary.stored or summary.duplicates or summary.skipped):
        raise SystemExit(1)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
