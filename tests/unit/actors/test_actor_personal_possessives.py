"""An English personal possessive ("his", "her") makes the noun after it the person's,
not the country named between them; "its" and German "sein" (also neuter) keep the
nearest actor. Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import actors, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("lang", "text", "surface", "country"), [
    ("en", "President Emmanuel Macron urged Moscow to stop the attacks, his government said.",
     "government", "FRA"),
    ("en", "Russia accused Volodymyr Zelensky of lying about his army.", "army", "UKR"),
    ("en", "Tokyo protested to Pyongyang through its embassy.", "embassy", "JPN"),
    ("de", "Russland kündigte an, seine Armee zu verstärken.", "Armee", "RUS"),
])
def test_possessive_noun_belongs_to_its_owner(stages, lang, text, surface, country):
    found = actors(link(stages, text, lang))
    assert found.get(surface, (None, None))[0] == country, found
