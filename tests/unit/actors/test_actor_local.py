"""Local government and the police of the scene: bare council nouns, councillors, city
staff, officers of the police or the army, spokespeople of the police. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker(published="2026-03-01")


@pytest.mark.parametrize(("text", "surface", "sector"), [
    ("Police said officers were attacked with bottles.", "officers", "COP"),
    ("The city's police chief said officers would patrol the park.", "officers", "COP"),
    ("The army said two officers were killed in the ambush.", "officers", "MIL"),
    ("Two officers were promoted to general.", "officers", "MIL"),
])
def test_actor_officers_of_the_organ_named_before(stages, text, surface, sector):
    hits = found(link(stages, text), surface)
    assert hits and hits[0].sector == sector


def test_actor_police_spokesman_of_the_scene(stages):
    doc = link(stages, "LONDON (Reuters) - Nobody was arrested, a police spokesman said.")
    hits = found(doc, "police spokesman")
    assert hits and (hits[0].country, hits[0].sector) == ("GBR", "COP")


@pytest.mark.parametrize(("surface",), [("council",), ("councillors",), ("City staff",)])
def test_actor_local_council_is_government_of_the_scene(stages, surface):
    doc = link(stages, "LONDON (Reuters) - The council voted to close the library. Two "
               "councillors opposed the plan. City staff said the building was unsafe.")
    hits = found(doc, surface)
    assert hits and (hits[0].country, hits[0].sector) == ("GBR", "GOV")


def test_actor_verwaltungschef_is_local_government(stages):
    doc = link(stages, "DRESDEN - Der parteilose Verwaltungschef warnte vor Krawallen.", "de")
    hits = found(doc, "Verwaltungschef")
    assert hits and (hits[0].country, hits[0].sector) == ("DEU", "GOV")
