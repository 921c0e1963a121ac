"""A side to talks named by its country ("die russische Seite", "the Russian side") is
that state's government, a side as a place or bare is no actor; "der Bund" is the federal
state of the story's own country; investors and shipyards act as firms. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from linking import actors, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("Die finnische Seite wies den Vorwurf am Dienstag zurück.", "de", "finnische Seite",
     "FIN"),
    ("Von estnischer Seite hieß es, die Gespräche gingen weiter.", "de",
     "estnischer Seite", "EST"),
    ("The Chilean side rejected the draft on Tuesday.", "en", "Chilean side", "CHL"),
])
def test_a_side_named_by_its_country_is_its_government(stages, text, lang, surface, country):
    found = actors(link(stages, text, lang))
    assert found.get(surface) == (country, "GOV"), found


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Wanderer blieben auf der finnischen Seite des Flusses.", "de"),
    ("Beide Seiten wollen weiter verhandeln.", "de"),
    ("Die Startseite der Zeitung war am Morgen gestört.", "de"),
    ("The hikers camped on the Chilean side of the pass.", "en"),
    ("Both sides want to keep talking.", "en"),
])
def test_a_side_as_a_place_or_bare_is_no_actor(stages, text, lang):
    found = actors(link(stages, text, lang))
    assert not any("Seite" in s or "side" in s for s in found), found


@pytest.mark.parametrize(("text", "surface"), [
    ("Bund und Länder streiten seit Wochen über die Kosten der Kitas.", "Bund"),
    ("Die Hälfte der Kosten übernimmt der Bund, die andere die Gemeinden.", "Bund"),
])
def test_der_bund_is_the_federal_government(stages, text, surface):
    found = actors(link(stages, text, "de"))
    assert found.get(surface) == ("DEU", "GOV"), found


@pytest.mark.parametrize("text", [
    "Der Bund der Steuerzahler kritisierte die Ausgaben.",
    "Die beiden Staaten schlossen einen Bund gegen den Schmuggel.",
    "Der Gewerkschaftsbund rief zum Streik auf.",
])
def test_bund_as_a_name_or_an_alliance_is_no_government(stages, text):
    found = actors(link(stages, text, "de"))
    assert not any(sector == "GOV" for _, sector in found.values()), found


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("Norwegische Investoren wollen in Chile ein Solarkraftwerk bauen.", "de",
     "Norwegische Investoren", "NOR"),
    ("Finnische Werften bauen die neuen Eisbrecher.", "de", "Finnische Werften", "FIN"),
    ("Japanese investors bought the Chilean mine on Monday.", "en", "Japanese investors",
     "JPN"),
])
def test_investors_and_shipyards_are_firms(stages, text, lang, surface, country):
    found = actors(link(stages, text, lang))
    assert found.get(surface) == (country, "BUS"), found
