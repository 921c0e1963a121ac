"""Helpers shared by the commands: reading inputs, reporting errors."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import typer

from chronist.errors import InputError


def fail(message: str, *, status: int = 1) -> NoReturn:
    typer.echo(f"chronist: error: {message}", err=True)
    raise SystemExit(status)


def read_input(path: str) -> tuple[bytes, str]:
    """The bytes of PATH ("-" = standard input) and a name to report it by."""
    if path == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    file = Path(path)
    if not file.exists():
        raise InputError(f"{path}: no such file")
    if file.is_dir():
        raise InputError(f"{path}: is a folder (use 'chronist ingest' for folders)")
    try:
        return file.read_bytes(), path
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from error
