"""US department names are a naming custom other states share: a place of another
country after the name, or a country word before it, names that state's department;
bare, the name stays American. Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import actors, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("The Department of Agriculture in Manila banned imports of onions on Friday.",
     "Department of Agriculture", ("PHL", "GOV")),
    ("The Philippine Department of Energy raised fuel prices.",
     "Philippine Department of Energy", ("PHL", "GOV")),
    ("The Department of Agriculture said on Friday that beef prices would rise.",
     "Department of Agriculture", ("USA", "GOV")),
    ("The Treasury Department in Washington imposed new sanctions.",
     "Treasury Department", ("USA", "GOV")),
])
def test_shared_department_names(stages, text, surface, expected):
    assert actors(link(stages, text, "en")).get(surface) == expected, text
