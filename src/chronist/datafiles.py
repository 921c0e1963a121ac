"""Reading chronist's data files: YAML (the linguistic knowledge under `chronist/data/`, or a
user's own file) validated by a pydantic model. Every problem of a file is reported at
once, one `location: message` line each, in a single `DataFileError`."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from chronist.errors import DataFileError

__all__ = ["FormsEntry", "data_file", "load_data_file", "read_yaml", "validate"]

Model = TypeVar("Model", bound=BaseModel)
Source = Path | Traversable


class FormsEntry(BaseModel):
    """The common lexicon entry: a stable id and the surface forms that express it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    forms: list[str]


def data_file(kind: str, name: str) -> Traversable:
    """A shipped data file: `chronist/data/<kind>/<name>`."""
    return resources.files("chronist") / "data" / kind / name


def read_yaml(source: Source) -> Any:
    try:
        return yaml.safe_load(source.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise DataFileError(f"{source}: cannot be read as YAML: {error}") from error


def validate(model: type[Model], raw: Any, where: str | Source) -> Model:
    """`raw` as `model`, or one DataFileError listing every problem."""
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        lines = [
            f"  {'.'.join(str(part) for part in item['loc']) or '<file>'}: {item['msg']}"
            for item in error.errors()
        ]
        raise DataFileError(f"{where}: {len(lines)} problem(s):\n" + "\n".join(lines)) from None


def load_data_file(source: Source, model: type[Model]) -> Model:
    """Read one YAML data file and validate it against `model`."""
    return validate(model, read_yaml(source), source)
