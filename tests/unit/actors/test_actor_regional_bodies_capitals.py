"""Regional blocs, development banks and UN bodies and missions are IGOs of no country;
the capitals of small states are their governments when they act; a constitutional
council is a court; the Taliban are Afghanistan's government (since 2021), the Pakistani
Taliban an armed group fighting Pakistan. Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import actors, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "ECCAS said the vote had been credible.", "ECCAS"),
    ("en", "The Inter-American Development Bank approved a loan to Peru.",
     "Inter-American Development Bank"),
    ("en", "UNAMA reported a rise in civilian casualties.", "UNAMA"),
    ("de", "Die Allianz der Sahelstaaten kündigte eine gemeinsame Truppe an.",
     "Allianz der Sahelstaaten"),
    ("de", "Der Ostseerat verurteilte den Angriff.", "Ostseerat"),
])
def test_regional_body_is_an_igo_of_no_country(stages, lang, text, surface):
    found = actors(link(stages, text, lang))
    assert found.get(surface) == (None, "IGO"), found


@pytest.mark.parametrize(("lang", "text", "surface", "country"), [
    ("en", "Castries said it would not sign the accord.", "Castries", "LCA"),
    ("de", "Majuro wies die Vorwürfe am Montag zurück.", "Majuro", "MHL"),
])
def test_small_state_capital_acting_is_its_government(stages, lang, text, surface, country):
    found = actors(link(stages, text, lang))
    assert found.get(surface) == (country, "GOV"), found


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "Only the Constitutional Council can proclaim the results.", "Constitutional Council"),
    ("de", "Der Verfassungsrat bestätigte das Ergebnis der Wahl.", "Verfassungsrat"),
])
def test_constitutional_council_is_a_court(stages, lang, text, surface):
    found = actors(link(stages, text, lang))
    assert found.get(surface, (None, None))[1] == "JUD", found


@pytest.mark.parametrize(("lang", "text", "surface", "expected"), [
    ("de", "Die Taliban wiesen die Vorwürfe aus Islamabad zurück.", "Taliban", ("AFG", "GOV")),
    ("de", "Kabul soll den pakistanischen Taliban Unterschlupf gewähren.",
     "pakistanischen Taliban", ("PAK", "REB")),
    ("en", "The Pakistani Taliban claimed the attack on the checkpoint.", "Pakistani Taliban",
     ("PAK", "REB")),
])
def test_taliban_govern_afghanistan_and_the_pakistani_taliban_fight_pakistan(
    stages, lang, text, surface, expected
):
    found = actors(link(stages, text, lang))
    assert found.get(surface) == expected, found


@pytest.mark.parametrize(("lang", "text", "surface", "country"), [
    ("en", "Prime Minister Andrew Holness said Jamaica would rebuild quickly.",
     "Prime Minister Andrew Holness", "JAM"),
    ("de", "Präsident Julius Maada Bio rief zur Ruhe auf.", "Präsident Julius Maada Bio", "SLE"),
    ("en", "Mohamed Muizzu met the Indian envoy in Male.", "Mohamed Muizzu", "MDV"),
])
def test_heads_of_small_states_are_known(stages, lang, text, surface, country):
    found = actors(link(stages, text, lang))
    assert found.get(surface) == (country, "GOV"), found
