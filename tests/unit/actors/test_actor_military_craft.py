"""An English force noun before its craft ("navy ships", "Peruvian navy vessel") is that
force acting; before other nouns ("military targets") it is a modifier, no actor.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import linker

from chronist.actors import build_stage

link = linker("2026-03-01")


@pytest.fixture(scope="session")
def stages():
    return {"en": build_stage("en")}


@pytest.mark.parametrize(("text", "country"), [
    ("Chile said it had tracked six Peruvian navy ships near its coast.", "PER"),
    ("Chile says Peruvian navy vessel entered its waters.", "PER"),
])
def test_force_before_its_craft_acts(stages, text, country):
    doc = link(stages, text)
    assert any(m.sector == "MIL" and m.country == country for m in doc.actor_mentions), [
        (m.text, m.country, m.sector) for m in doc.actor_mentions
    ]


def test_force_before_other_nouns_is_a_modifier(stages):
    doc = link(stages, "The storm hit military targets and navy depots alike.")
    assert not any(m.sector == "MIL" for m in doc.actor_mentions)
