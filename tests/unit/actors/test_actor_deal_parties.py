"""A definite party noun ("der Käufer", "the buyer") is who was last the active subject
of an act that makes one that party (deals.py, context.yaml `deal_parties`); the
seller or the thing sold is not the buyer. Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "lang", "noun", "party"), [
    ("Der Autobauer Volkswagen will den Zulieferer Kessler Antriebe übernehmen. Die "
     "Gewerkschaft verlangte von dem Käufer Zusagen für die Standorte.", "de", "Käufer",
     "Volkswagen"),
    ("Boeing agreed to buy Spirit AeroSystems for $4.7 billion. The buyer said jobs would "
     "stay.", "en", "buyer", "Boeing"),
    ("Spirit AeroSystems was acquired by Boeing last year. The buyer said jobs would stay.",
     "en", "buyer", "Boeing"),
])
def test_the_party_noun_is_the_subject_of_the_deal(stages, text, lang, noun, party):
    doc = link(stages, text, lang)
    mentions = found(doc, noun)
    assert mentions and mentions[0].name == party, doc.actor_mentions


@pytest.mark.parametrize(("text", "lang", "noun"), [
    ("Siemens verkauft seine Sparte an Bosch. Der Käufer will Stellen streichen.", "de",
     "Käufer"),
    ("Ein Käufer für das Werk ist noch nicht gefunden, sagte Siemens.", "de", "Käufer"),
    ("Siemens sold its unit last year. The buyer has not been named.", "en", "buyer"),
])
def test_no_party_without_a_subject_of_the_act(stages, text, lang, noun):
    doc = link(stages, text, lang)
    assert not [m for m in found(doc, noun) if m.entity], doc.actor_mentions
