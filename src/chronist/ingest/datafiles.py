"""Load ingestion's data files (`chronist/data/ingest/*.yaml`), validated by pydantic;
every problem in a file is reported at once in one DataFileError."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from chronist.errors import DataFileError

Model = TypeVar("Model", bound=BaseModel)


def _format_errors(where: str, error: ValidationError) -> str:
    lines = [f"{where}: {error.error_count()} error(s)"]
    for item in error.errors():
        location = ".".join(str(part) for part in item["loc"])
        lines.append(f"  {location}: {item['msg']}")
    return "\n".join(lines)


def load_data_file(model: type[Model], name: str, path: Path | None = None) -> Model:
    """Read `path` (default: the shipped `data/ingest/<name>`) into `model`."""
    source: Path | Traversable = path or resources.files("chronist") / "data" / "ingest" / name
    where = str(source)
    try:
        raw = yaml.safe_load(source.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise DataFileError(f"{where}: cannot read: {error}") from error
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        raise DataFileError(_format_errors(where, error)) from None
