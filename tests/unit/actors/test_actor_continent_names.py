"""A country's name inside a continent's or world region's name ("Latin America",
"Central American", "Südamerika") names no country: no actor, no place of the USA; the
country's own name and compass regions of other countries stay. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from linking import linker

from chronist.actors.loading import load_context

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "lang"), [
    ("Most of the deportees came from Central America and the Caribbean.", "en"),
    ("The minister toured Latin America for two weeks.", "en"),
    ("The ruins are the oldest on the west coast of South America.", "en"),
    ("Steel exports to North America fell by a fifth.", "en"),
    ("Several Latin American leaders skipped the summit.", "en"),
    ("Die Abgeschobenen stammen überwiegend aus Mittelamerika.", "de"),
    ("Der Außenminister reiste drei Wochen durch Südamerika und Lateinamerika.", "de"),
])
def test_a_continent_is_no_country(stages, text, lang):
    doc = link(stages, text, lang)
    assert not [m for m in doc.actor_mentions if m.country == "USA"]


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("America will not accept the deal, the president said.", "en", "America", "USA"),
    ("South Korea and South Africa signed the accord.", "en", "South Korea", "KOR"),
    ("Amerika werde das nicht hinnehmen, sagte der Präsident.", "de", "Amerika", "USA"),
    ("Im Ostkongo wurde wieder gekämpft.", "de", "Ostkongo", "COD"),
])
def test_a_country_stays_a_country(stages, text, lang, surface, country):
    doc = link(stages, text, lang)
    assert [m for m in doc.actor_mentions if m.text == surface and m.country == country]


@pytest.mark.parametrize(("lang", "name"), [("de", "Südamerika"), ("en", "Latin America")])
def test_continent_names_load_per_language(lang, name):
    assert name in load_context().languages[lang].continent_names
