"""An organ noun of a pair ("both governments", "Beide Regierungen") in a paragraph that
names two or more countries, or before a phrase of several states ("voters in both
countries"), is the organs of all of them: no one country's."""

from __future__ import annotations

import pytest
from linking import actors, linker

link = linker("2026-04-01")


@pytest.mark.parametrize(("text", "lang", "surface", "sector"), [
    ("Chile claims part of Peru's coast. In 2010 the two governments agreed to ask the "
     "court, and voters in both countries approved the plan.", "en", "governments", "GOV"),
    ("Chile claims part of Peru's coast. In 2010 the two governments agreed to ask the "
     "court, and voters in both countries approved the plan.", "en", "voters", "CVL"),
    ("Chile und Peru streiten seit Jahren über die Küste. Beide Regierungen warfen sich "
     "vor, die Vereinbarung gebrochen zu haben.", "de", "Regierungen", "GOV"),
])
def test_organs_of_several_states_have_no_country(stages, text, lang, surface, sector):
    assert actors(link(stages, text, lang))[surface] == (None, sector)


def test_pair_of_organs_in_a_one_country_passage_is_that_countrys(stages):
    text = ("Chilean police arrested two men in Santiago on Monday. Both ministries involved "
            "said the arrests were lawful.")
    assert actors(link(stages, text))["ministries"] == ("CHL", "GOV")
