"""German crewed warcraft ("Kampfflugzeuge", "Kriegsschiffe", "Patrouillenboot") act for
the force that flies or sails them: with no country word they take the country of their
context like "die Truppen"; weapons ("Raketen") stay no actor of their own. A sentence opening
with a place behind a place noun ("Im Nachbarland Litauen") sets the scene. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "surface", "country", "lang"), [
    ("Im Nachbarland Litauen stiegen in der Nacht Kampfflugzeuge auf, wie die litauische "
     "Armee mitteilte.", "Kampfflugzeuge", "LTU", "de"),
    ("Die dänische Marine hat einen Frachter festgesetzt. Das Schiff sei von einem "
     "Patrouillenboot gestoppt worden.", "Patrouillenboot", "DNK", "de"),
])
def test_warcraft_act_for_their_force(stages, text, surface, country, lang):
    doc = link(stages, text, lang)
    mentions = found(doc, surface)
    assert mentions and (mentions[0].country, mentions[0].sector) == (country, "MIL"), [
        (m.text, m.country, m.sector) for m in doc.actor_mentions
    ]


def test_bare_weapons_are_no_actor(stages):
    doc = link(stages, "Die polnische Armee meldete, in der Nacht seien Raketen eingeschlagen.",
               "de")
    assert not found(doc, "Raketen")
