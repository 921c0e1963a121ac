"""The public output contract `chronist/1` and a validator for it."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator

__all__ = ["document_schema", "validate_output", "output_errors"]


@cache
def document_schema() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("document.schema.json").read_text("utf-8")
    return json.loads(text)


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(document_schema())


def output_errors(record: dict[str, Any]) -> list[str]:
    """Every schema violation of one output record, as `path: message` lines."""
    return [
        f"{'/'.join(str(p) for p in error.absolute_path) or '<root>'}: {error.message}"
        for error in _validator().iter_errors(record)
    ]


def validate_output(record: dict[str, Any]) -> None:
    """Raise ValueError listing all problems if `record` is not valid `chronist/1`."""
    problems = output_errors(record)
    if problems:
        raise ValueError("output is not valid chronist/1:\n" + "\n".join(problems))
