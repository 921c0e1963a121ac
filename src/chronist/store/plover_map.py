"""PLOVER type/mode -> CAMEO code, QuadClass and Goldstein value (the GDELT-like export).

The mapping is data (`chronist/data/gdelt/plover_cameo.yaml`), validated on load; every
problem in the file is reported at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from chronist.datafiles import load_data_file

MAP_FILE = Path(__file__).resolve().parent.parent / "data" / "gdelt" / "plover_cameo.yaml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CameoRoot(_Strict):
    id: str = Field(pattern=r"^(0[1-9]|1[0-9]|20)$")
    label: str
    quad_class: Literal[1, 2, 3, 4]
    goldstein: float = Field(ge=-10, le=10)


class MapEntry(_Strict):
    id: str
    type: str = Field(pattern=r"^[A-Z]+$")
    mode: str | None = None
    cameo: str = Field(pattern=r"^[0-9]{3,4}$")
    goldstein: float | None = Field(default=None, ge=-10, le=10)
    symmetric: bool = False


class PloverCameoFile(_Strict):
    kind: Literal["plover-cameo"]
    lang: str
    schema_version: Literal[1]
    roots: list[CameoRoot]
    entries: list[MapEntry]

    @model_validator(mode="after")
    def _consistent(self) -> PloverCameoFile:
        problems = []
        roots = {r.id for r in self.roots}
        seen_ids: set[str] = set()
        seen_keys: set[tuple[str, str | None]] = set()
        for entry in self.entries:
            if entry.cameo[:2] not in roots:
                problems.append(f"{entry.id}: CAMEO root {entry.cameo[:2]} is not listed")
            if entry.id in seen_ids:
                problems.append(f"{entry.id}: duplicate id")
            if (entry.type, entry.mode) in seen_keys:
                problems.append(f"{entry.id}: {entry.type}/{entry.mode} mapped twice")
            seen_ids.add(entry.id)
            seen_keys.add((entry.type, entry.mode))
        types = {e.type for e in self.entries}
        problems += [f"{t}: no entry without a mode" for t in sorted(types)
                     if (t, None) not in seen_keys]
        if problems:
            raise ValueError("; ".join(problems))
        return self


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    root: str
    quad_class: int
    goldstein: float


class PloverMap:
    def __init__(self, data: PloverCameoFile) -> None:
        self._roots = {r.id: r for r in data.roots}
        self._entries = {(e.type, e.mode): e for e in data.entries}
        self.symmetric_types = frozenset(e.type for e in data.entries if e.symmetric and not e.mode)

    def code(self, event_type: str, mode: str | None = None) -> CameoCode | None:
        """The CAMEO code of a PLOVER type and mode (the type's own code for an unmapped
        mode); None for a type the file does not know."""
        entry = self._entries.get((event_type, mode)) or self._entries.get((event_type, None))
        if entry is None:
            return None
        root = self._roots[entry.cameo[:2]]
        goldstein = entry.goldstein if entry.goldstein is not None else root.goldstein
        return CameoCode(entry.cameo, root.id, root.quad_class, goldstein)


def parse_map(path: Path) -> PloverMap:
    return PloverMap(load_data_file(path, PloverCameoFile))


@cache
def load_plover_map() -> PloverMap:
    return parse_map(MAP_FILE)
