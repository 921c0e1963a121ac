"""The PLOVER->CAMEO data file is validated on load, every problem reported at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronist.errors import DataFileError
from chronist.store.plover_map import MAP_FILE, parse_map

HEADER = "kind: plover-cameo\nlang: any\nschema_version: 1\n"
ROOTS = "roots:\n  - {id: '18', label: assault, quad_class: 4, goldstein: -9.0}\n"


def test_plover_map_shipped_file_loads() -> None:
    assert parse_map(MAP_FILE).code("ASSAULT") is not None


@pytest.mark.parametrize(
    ("entries", "messages"),
    [
        ("  - {id: a, type: ASSAULT, cameo: '180', colour: red}\n", ["Extra inputs"]),
        ("  - {id: a, type: ASSAULT, cameo: '990'}\n", ["root 99"]),
        ("  - {id: a, type: ASSAULT, cameo: '180'}\n  - {id: a, type: ASSAULT, cameo: '181'}\n",
         ["duplicate id", "mapped twice"]),
        ("  - {id: a, type: ASSAULT, mode: beat, cameo: '182'}\n", ["no entry without a mode"]),
        ("  - {id: a, type: ASSAULT, cameo: '180', goldstein: -12}\n"
         "  - {id: b, type: assault, cameo: '18'}\n", ["entries.0.goldstein", "entries.1.type",
                                                       "entries.1.cameo"]),
    ],
)
def test_plover_map_reports_all_problems(tmp_path: Path, entries: str, messages: list[str]) -> None:
    path = tmp_path / "map.yaml"
    path.write_text(HEADER + ROOTS + "entries:\n" + entries, encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        parse_map(path)
    for message in messages:
        assert message in str(caught.value)
