"""A capital named in apposition to the noun "capital" ("die ukrainische Hauptstadt
Kiew", "the Haitian capital, Port-au-Prince") or after a German compass adverb
("westlich von Berlin") is the city, a place, not its government; a place's country is
what a later "the country" refers back to."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker("2026-04-01")


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("Russian missiles hit the Ukrainian capital, Kyiv, on Monday.", "en", "Kyiv"),
    ("Raketen trafen am Montag die ukrainische Hauptstadt Kiew.", "de", "Kiew"),
    ("Ein Feuerball verglühte am Montag westlich von Berlin.", "de", "Berlin"),
    ("Nördlich von Moskau stürzte am Montag ein Flugzeug ab.", "de", "Moskau"),
])
def test_capital_in_apposition_or_after_compass_adverb_is_a_place(stages, text, lang, surface):
    mentions = found(link(stages, text, lang), surface)
    assert mentions and all(m.kind == "place" for m in mentions)


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("Moscow warned Kyiv on Monday against new strikes.", "en", "Moscow"),
    ("Moskau warnte Kiew am Montag vor neuen Angriffen.", "de", "Moskau"),
])
def test_acting_capital_stays_its_government(stages, text, lang, surface):
    mentions = found(link(stages, text, lang), surface)
    assert mentions and mentions[0].kind == "metonym"


def test_country_noun_refers_back_to_a_place_country(stages):
    text = ("Thousands of tourists flew to the Peruvian capital, Lima, this spring. Hotel "
            "owners said the country's image abroad had improved.")
    mentions = found(link(stages, text), "country")
    assert mentions and mentions[0].entity == "Q419"
