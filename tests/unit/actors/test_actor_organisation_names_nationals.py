"""An organisation name that opens with a country name or holds two organ nouns
is one organisation (the longer name wins over a country or a party alias inside it); the
first of two hyphen-joined nationalities names a dual national's country; one private
person by citizenship. Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import linker

link = linker("2025-03-01")


def actors(doc) -> dict[str, str | None]:
    return {m.text: m.country for m in doc.actor_mentions if m.is_actor}


@pytest.mark.parametrize(("text", "name", "country", "inner"), [
    ("The Ghana Teachers Federation of Labour rejected the pay offer.",
     "Ghana Teachers Federation of Labour", "GHA", ["Ghana", "Labour"]),
    ("The Zambia National Congress of Farmers called for a strike.",
     "Zambia National Congress of Farmers", "ZMB", ["Zambia", "Congress"]),
])
def test_country_led_organisation_is_one_name(stages, text, name, country, inner):
    found = actors(link(stages, text))
    assert found.get(name) == country, found
    for part in inner:
        assert part not in found, found


@pytest.mark.parametrize(("text", "name", "country"), [
    ("The Council of Malawian Farmers Unions marched to parliament on Friday.",
     "Council of Malawian Farmers Unions", "MWI"),
    ("The Congress of Zambian Trade Unions marched to parliament on Friday.",
     "Congress of Zambian Trade Unions", "ZMB"),
])
def test_two_organ_nouns_in_one_name(stages, text, name, country):
    found = actors(link(stages, text))
    assert found.get(name) == country, found
    assert "Congress" not in found and "Council" not in found, found


@pytest.mark.parametrize("text", [
    "The Ukraine Defence Ministry said two drones were shot down.",
    "The Ministry of Foreign Affairs of Ukraine summoned the envoy.",
])
def test_state_organ_after_a_country_stays_the_organ(stages, text):
    doc = link(stages, text)
    organs = [m for m in doc.actor_mentions if m.is_actor and "Ministry" in m.text]
    assert organs and all(str(m.entity).startswith("chronist:ukr-") for m in organs), organs


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("Police in Cairo arrested a Canadian-Egyptian dual national on Monday.", "en",
     "Canadian-Egyptian dual national", "CAN"),
    ("Die Behörden in Ankara nahmen eine schwedisch-türkische Staatsbürgerin fest.", "de",
     "schwedisch-türkische Staatsbürgerin", "SWE"),
    ("Ein österreichisch-russischer Doppelstaatler wurde in Moskau festgenommen.", "de",
     "österreichisch-russischer Doppelstaatler", "AUT"),
    ("A Dutch citizen was detained at the border.", "en", "Dutch citizen", "NLD"),
])
def test_dual_national_is_of_the_first_country(stages, text, lang, surface, country):
    found = actors(link(stages, text, lang))
    assert found.get(surface) == country, found


@pytest.mark.parametrize(("text", "rank"), [
    ("Dockworkers called a general strike on Monday.", False),
    ("The general public was kept away from the site.", False),
    ("The general told the troops to hold the line.", True),
    ("Russian general Sergei Surovikin was dismissed.", True),
])
def test_role_noun_as_adjective_is_no_actor(stages, text, rank):
    doc = link(stages, text)
    ranks = [m for m in doc.actor_mentions if m.is_actor and m.role == "military_officer"]
    assert bool(ranks) == rank, ranks


@pytest.mark.parametrize(("text", "country"), [
    # the federal state the text is about
    ("Brazil's opposition accused the federal government of neglecting the Amazon.", "BRA"),
    ("Nigeria's governors met the federal government over revenue sharing in Abuja.", "NGA"),
    # no country around it: the usual one
    ("The federal government said it would appeal the ruling.", "USA"),
])
def test_federal_government_is_of_the_country_in_context(stages, text, country):
    doc = link(stages, text)
    found = [m.country for m in doc.actor_mentions if m.text == "federal government"]
    assert found == [country], found
