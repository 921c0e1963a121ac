"""Firms of a trade with a country word ("Scottish processors", "U.S. shale producers",
"russische Exporteure") are that country's business (BUS); bare, also opening a
sentence, they are the trade in general and no actor. Ships and boats with a country
word are merchant craft: the country word is the actor, as business. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from linking import actors, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("Canadian processors bought less fish this year.", "en", "Canadian processors", "CAN"),
    ("U.S. grain exporters lost ground in Asia.", "en", "U.S. grain exporters", "USA"),
    ("Polish and Hungarian sellers cut their prices.", "en", "Hungarian sellers", "HUN"),
    ("Italian makers of pasta raised prices.", "en", "Italian makers", "ITA"),
    ("Französische Exporteure klagen über die Zölle.", "de", "Französische Exporteure", "FRA"),
    ("Die türkischen Produzenten senkten die Preise.", "de", "türkischen Produzenten", "TUR"),
])
def test_firms_of_a_trade_with_a_country_word_are_its_business(
    stages, text, lang, surface, country
):
    assert actors(link(stages, text, lang)).get(surface) == (country, "BUS"), text


@pytest.mark.parametrize(("text", "lang"), [
    ("Exporters fear the new tariffs, the Brazilian minister said.", "en"),
    ("The Brazilian minister said the tariffs would hurt exporters.", "en"),
    ("Importeure fürchten die Zölle, sagte der brasilianische Minister.", "de"),
])
def test_bare_firms_of_a_trade_are_no_actor(stages, text, lang):
    found = actors(link(stages, text, lang))
    assert not any(sector == "BUS" for _, sector in found.values()), found


def test_a_supplier_is_not_its_possessor_s_firm(stages):
    text = "Poland, one of Ukraine's biggest suppliers of arms, protested."
    assert actors(link(stages, text, "en")).get("Ukraine's biggest suppliers") is None


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("Danish boats landed most of the herring.", "en", "Danish boats", "DNK"),
    ("Griechische Schiffe meiden die Meerenge.", "de", "Griechische Schiffe", "GRC"),
])
def test_ships_and_boats_with_a_country_word_are_its_merchant_craft(
    stages, text, lang, surface, country
):
    assert actors(link(stages, text, lang)).get(surface) == (country, "BUS"), text
