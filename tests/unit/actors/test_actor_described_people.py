"""A new person described by an apposition that serves an organisation or state organ
("Ewa Zielińska, eine Sprecherin der polnischen Grenzwache", "Rosa Lim, a spokeswoman for
the Philippine coast guard") is of that body's country; a serving role, or a role of no
sector of its own ("head of …"), gives the person the body's sector too. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "lang", "name", "country", "sector"), [
    ("Das bestätigte Ewa Zielińska, eine Sprecherin der polnischen Grenzwache, am Montag.",
     "de", "Ewa Zielińska", "POL", "COP"),
    ("Rosa Lim, a spokeswoman for the Philippine coast guard, said two boats were hit.",
     "en", "Rosa Lim", "PHL", "MIL"),
    ("Harold Finch, head of the Australian Federal Police, stepped down on Friday.",
     "en", "Harold Finch", "AUS", "COP"),
])
def test_a_person_serving_a_body_takes_its_country(stages, text, lang, name, country, sector):
    doc = link(stages, text, lang)
    person = found(doc, name)
    assert person and (person[0].country, person[0].sector) == (country, sector)


def test_a_body_of_no_country_leaves_the_person_without_one(stages):
    doc = link(stages, "Lena Voss, a spokeswoman for the Harbour Alliance, declined to comment.")
    person = found(doc, "Lena Voss")
    assert person and person[0].country is None
