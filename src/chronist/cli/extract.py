"""`chronist extract`: one input -> chronist/1 JSON."""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

import typer

from chronist.api import extract_bytes
from chronist.cli.common import fail, read_input
from chronist.cli.pretty import print_pretty
from chronist.document import Document
from chronist.errors import ChronistError, InputError
from chronist.ingest import detect_kind


class OutputFormat(StrEnum):
    auto = "auto"
    json = "json"
    jsonl = "jsonl"
    pretty = "pretty"


class Lang(StrEnum):
    de = "de"
    en = "en"


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError as error:
        raise typer.BadParameter(f"{value!r} is not a date like 2026-03-14") from error


def extract(
    path: Annotated[
        str, typer.Argument(help="An article: a text, HTML or JSONL file, or - for stdin.")
    ],
    published: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="Publication date YYYY-MM-DD (wins over the page's own date).",
            show_default=False,
        ),
    ] = None,
    lang: Annotated[
        Lang | None, typer.Option("--lang", help="Language of the text (default: detected).")
    ] = None,
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            help="json (indented), jsonl (one line per document), pretty (a terminal view); "
            "auto = jsonl for JSONL input, else json.",
        ),
    ] = OutputFormat.auto,
) -> None:
    """Extract events, actors, dates, quotes and figures from one article.

    The input kind (plain text, an HTML page, or JSON Lines with one
    {"text"|"html", "url", "published", "title"} object per line) is detected from
    the content. Output follows the chronist/1 schema.

    Examples:

        chronist extract article.html

        chronist extract --date 2026-03-14 --lang de notes.txt

        cat dump.jsonl | chronist extract - --format jsonl > out.jsonl
    """
    given = _parse_date(published)
    try:
        data, name = read_input(path)
        documents, failures = _run(data, name, given, lang.value if lang else None)
        kind = detect_kind(data[:4096].decode("utf-8", "replace"))
    except ChronistError as error:
        fail(str(error))
    chosen = output_format
    if chosen is OutputFormat.auto:
        chosen = OutputFormat.jsonl if kind == "jsonl" else OutputFormat.json
    _emit(documents, chosen)
    for failure in failures:
        typer.echo(f"chronist: error: {failure}", err=True)
    if failures:
        raise SystemExit(1)


def _run(
    data: bytes, name: str, published: date | None, language: str | None
) -> tuple[list[Document], list[InputError]]:
    documents: list[Document] = []
    failures: list[InputError] = []
    for item in extract_bytes(data, name=name, published=published, language=language):
        (failures if isinstance(item, InputError) else documents).append(item)
    if not documents and len(failures) == 1:
        raise failures[0]
    return documents, failures


def _emit(documents: list[Document], output_format: OutputFormat) -> None:
    if output_format is OutputFormat.pretty:
        for doc in documents:
            print_pretty(doc)
    elif output_format is OutputFormat.jsonl:
        for doc in documents:
            typer.echo(json.dumps(doc.to_output(), ensure_ascii=False))
    else:
        records = [doc.to_output() for doc in documents]
        payload = records[0] if len(records) == 1 else records
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
