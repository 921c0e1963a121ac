"""Boilerplate lines among an article's paragraphs ("Stand: 22.04.2024, 06:00 Uhr",
"Got a story? …", "MORE : …"): patterns in `chronist/data/ingest/boilerplate.yaml`."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from chronist.ingest.datafiles import load_data_file

_STRICT = ConfigDict(extra="forbid", frozen=True)


class BoilerplatePattern(BaseModel):
    model_config = _STRICT
    id: str
    lang: Literal["de", "en", "mul"]
    pattern: str

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        try:
            re.compile(pattern)
        except re.error as error:
            raise ValueError(f"not a regular expression: {error}") from None
        return pattern


class BoilerplateFile(BaseModel):
    model_config = _STRICT
    kind: Literal["boilerplate"]
    lang: Literal["mul"]
    schema_version: Literal[1]
    patterns: list[BoilerplatePattern] = Field(min_length=1)


def load_boilerplate(path: Path | None = None) -> BoilerplateFile:
    return load_data_file(BoilerplateFile, "boilerplate.yaml", path)


class BoilerplateFilter:
    def __init__(self, data: BoilerplateFile) -> None:
        joined = "|".join(f"(?:{p.pattern})" for p in data.patterns)
        self._whole = re.compile(rf"\s*(?:{joined})\s*", re.IGNORECASE)

    def is_boilerplate(self, text: str) -> bool:
        return self._whole.fullmatch(text) is not None


@cache
def default_filter() -> BoilerplateFilter:
    return BoilerplateFilter(load_boilerplate())
