"""chronist's command line: one Typer app, one module per command group.

Every command is a thin layer over the Python API; `ChronistError`s become a one-line
message on stderr and exit status 1, usage errors exit 2.
"""

from __future__ import annotations

import os

import typer

from chronist import __version__
from chronist.cli import events as _events
from chronist.cli import extract as _extract
from chronist.cli import ingest as _ingest
from chronist.cli.common import fail

app = typer.Typer(
    name="chronist",
    help="Political event data from German and English news: who did what to whom, "
    "when and where, in whose words — offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
_extract.register(app)
_ingest.register(app)
_events.register(app)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"chronist {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_show_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """Political event data from German and English news — offline."""


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        fail("interrupted", status=130)
    except Exception as error:  # a bug: say so in one line, the trace only on request
        if os.environ.get("CHRONIST_DEBUG"):
            raise
        fail(f"internal error: {type(error).__name__}: {error} (set CHRONIST_DEBUG=1 for a trace)")
