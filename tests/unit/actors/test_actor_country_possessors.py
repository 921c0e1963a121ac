"""'the country's' is a possessor, not the object of the preposition or verb before it
("in the country's north", "a threat to his country's security"). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "country"), [
    ("Bolivia closed its western border. Troops were sent to the country's south.", "BOL"),
    ("President Emmanuel Macron said the attack was a threat to his country's security.",
     "FRA"),
])
def test_country_possessor_after_a_preposition_is_the_country(stages, text, country):
    doc = link(stages, text)
    assert [m.country for m in found(doc, "country")] == [country], doc.actor_mentions


@pytest.mark.parametrize("text", [
    "Bolivia held an election. Many young people left the country in May.",
    "Bolivia held an election. Two of the ministers live outside the country.",
])
def test_country_after_a_motion_verb_or_locative_stays_a_place(stages, text):
    doc = link(stages, text)
    assert not [m for m in found(doc, "country") if m.is_actor], doc.actor_mentions
