"""A serving role compounded with an organ noun takes that organ's sector, whatever the
role's usual sector ("Firmensprecher" BUS, "Armeesprecher" MIL); an office compound keeps
its own ("Justizminister" GOV). Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import linker

from chronist.actors import build_stage

link = linker("2026-03-01")


@pytest.fixture(scope="session")
def stages():
    return {"de": build_stage("de")}


@pytest.mark.parametrize(("text", "surface", "sector"), [
    ("Ein Firmensprecher wollte sich am Montag nicht äußern.", "Firmensprecher", "BUS"),
    ("Ein Armeesprecher meldete den Abschuss einer Drohne.", "Armeesprecher", "MIL"),
    ("Der Justizminister kündigte eine Reform an.", "Justizminister", "GOV"),
])
def test_compound_role_sector(stages, text, surface, sector):
    doc = link(stages, text, "de")
    hits = [m for m in doc.actor_mentions if m.text == surface]
    assert hits and hits[0].sector == sector, [(m.text, m.sector) for m in doc.actor_mentions]
