"""English writes a serving compound apart: "a company spokesman" is the company's
(BUS, or the company named before), "the firm's spokeswoman" serves the firm named
before; a German role noun that is the subject of a passive clause after "als" acts
("als der Minister festgenommen wurde"), no predicate. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from linking import actors, found, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "surface", "sector"), [
    ("A company spokesman said the mill would shut in May.", "spokesman", "BUS"),
    ("A union spokeswoman said the walkout would go on.", "spokeswoman", "LAB"),
    ("A party adviser said the mayor would step down.", "adviser", "PTY"),
])
def test_an_organ_noun_before_a_serving_role_gives_its_sector(stages, text, surface, sector):
    mentions = found(link(stages, text), surface)
    assert mentions and mentions[0].sector == sector, mentions


@pytest.mark.parametrize("text", [
    "Boeing cut its outlook on Monday. A company spokesman said two plants would close.",
    "Boeing cut its outlook on Monday. The company's spokeswoman said two plants would close.",
    "Boeing cut its outlook on Monday. A Boeing spokesman said two plants would close.",
])
def test_a_serving_role_apart_serves_the_company_named_before(stages, text):
    doc = link(stages, text)
    boeing = found(doc, "Boeing")[0]
    role = next(m for m in doc.actor_mentions if "spokes" in m.text)
    assert (role.country, role.sector) == (boeing.country, "BUS"), doc.actor_mentions


def test_a_bare_spokesman_keeps_the_government_sector(stages):
    found_actors = actors(link(stages, "The minister left early, a spokesman said."))
    assert found_actors.get("spokesman", (None, "GOV"))[1] == "GOV", found_actors


@pytest.mark.parametrize("text", [
    "Die Bauern protestierten, als der Minister in Nairobi festgenommen wurde.",
    "Die Bauern protestierten, als der Minister in Nairobi eintraf.",
])
def test_a_passive_clause_subject_after_als_is_an_actor(stages, text):
    assert "Minister" in actors(link(stages, text, "de")), text

