"""Load ingestion's data files (`chronist/data/ingest/*.yaml`), validated by pydantic;
every problem in a file is reported at once in one DataFileError."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from chronist.datafiles import data_file
from chronist.datafiles import load_data_file as _load

Model = TypeVar("Model", bound=BaseModel)


def load_data_file(model: type[Model], name: str, path: Path | None = None) -> Model:
    """Read `path` (default: the shipped `data/ingest/<name>`) into `model`."""
    return _load(path or data_file("ingest", name), model)
