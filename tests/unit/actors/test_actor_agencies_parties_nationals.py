"""Weather and space agencies, canal authorities, shipping lines, airlines and utilities
in the knowledge base; a known party's name inside a longer party name; a demonym noun
taking up the head of an international organisation of that nationality. Sentences
written for these tests (issue #4)."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker(published="2025-06-12")


@pytest.mark.parametrize(("text", "lang", "surface", "country", "sector"), [
    ("Environment Canada issued heat warnings for Ontario.", "en", "Environment Canada",
     "CAN", "GOV"),
    ("The U.S. Space Weather Prediction Center warned of a severe storm.", "en",
     "U.S. Space Weather Prediction Center", "USA", "GOV"),
    ("Hydro-Québec said demand hit a record.", "en", "Hydro-Québec", "CAN", "BUS"),
    ("Air Canada cancelled dozens of flights.", "en", "Air Canada", "CAN", "BUS"),
    ("The Japan Meteorological Agency warned of heavy rain.", "en",
     "Japan Meteorological Agency", "JPN", "GOV"),
    ("Die Reederei Hapag-Lloyd erhöht ihre Frachtraten.", "de", "Hapag-Lloyd", "DEU", "BUS"),
    ("Der Weltschifffahrtsverband kritisierte die Erhöhung.", "de", "Weltschifffahrtsverband",
     None, "BUS"),
    ("Die Panamakanal-Behörde hebt die Gebühren an.", "de", "Panamakanal-Behörde",
     "PAN", "GOV"),
])
def test_agencies_and_companies_known(stages, text, lang, surface, country, sector):
    doc = link(stages, text, lang)
    assert [(m.country, m.sector) for m in found(doc, surface)] == [(country, sector)]


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("BELMOPAN, Belize (AP) — The opposition United Democratic Party called the deal a "
     "betrayal.", "United Democratic Party", "BLZ"),
    ("ABUJA, Nigeria (AP) — The Peoples Democratic Party rejected the election result.",
     "Peoples Democratic Party", "NGA"),
])
def test_known_party_inside_a_longer_party_name(stages, text, surface, country):
    doc = link(stages, text)
    mentions = found(doc, surface)
    assert mentions and mentions[0].country == country and mentions[0].sector == "PTY"
    assert not any(m.text == "Democratic Party" for m in doc.actor_mentions)


def test_known_party_alone_stays_known(stages):
    doc = link(stages, "The Democratic Party won the Senate seat in Georgia.")
    assert [m.country for m in found(doc, "Democratic Party")] == ["USA"]


@pytest.mark.parametrize(("text", "surface", "entity"), [
    ("EU-Erweiterungskommissarin Marta Kos rief zur Mäßigung auf. Sie werde nach Belgrad "
     "reisen, kündigte die Slowenin an.", "Slowenin", "chronist:marta-kos"),
    ("IWF-Chefin Kristalina Georgieva warnte vor einer Rezession, sagte die Bulgarin.",
     "Bulgarin", "chronist:kristalina-georgieva"),
])
def test_demonym_takes_up_igo_head_of_that_nationality(stages, text, surface, entity):
    doc = link(stages, text, "de")
    assert [m.entity for m in found(doc, surface)] == [entity]


def test_demonym_of_another_nationality_is_not_the_igo_head(stages):
    doc = link(stages, "Die Außenministerin traf Kommissarin Marta Kos. Die Deutsche sprach "
                       "danach von Fortschritten.", "de")
    assert all(m.entity != "chronist:marta-kos" for m in found(doc, "Deutsche"))



@pytest.mark.parametrize(("text", "name", "country", "owner"), [
    ("Canada's Energy and Natural Resources Minister Tim Hodgson said the government would "
     "spend more.", "Tim Hodgson", "CAN", "Canada"),
    ("Japan's Economy, Trade and Industry Minister Yoji Muto said talks would go on.",
     "Yoji Muto", "JPN", "Japan"),
])
def test_portfolio_before_a_title_is_no_organisation(stages, text, name, country, owner):
    doc = link(stages, text)
    person = [m for m in doc.actor_mentions if m.text.endswith(name)]
    assert [m.country for m in person] == [country]
    assert not any(m.type == "ORG" for m in doc.actor_mentions if m.kind == "name")
    assert [m.text for m in doc.actor_mentions if m.entity and m.country == country
            and m.type != "PERSON"][:1] == [owner]
