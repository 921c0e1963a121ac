"""A ship with its country word acts for that country: patrol craft for its navy or
coast guard (MIL), trawlers, freighters and tankers for their owners (BUS); bare, no
actor. Inspectors with a country word and directorates are the state's (GOV).
Competitors with a country word are firms. Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import actors, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "lang", "surface", "expected"), [
    ("Ein isländischer Trawler wurde vor der Küste festgesetzt.", "de",
     "isländischer Trawler", ("ISL", "BUS")),
    ("Ein dänisches Patrouillenboot folgte dem Frachter.", "de", "dänisches Patrouillenboot",
     ("DNK", "MIL")),
    ("A Chilean patrol boat stopped a Peruvian fishing vessel.", "en",
     "Peruvian fishing vessel", ("PER", "BUS")),
    ("Die schwedischen Inspektoren prüften die Ladung.", "de", "schwedischen Inspektoren",
     ("SWE", "GOV")),
    ("Das dänische Fischereidirektorat verhängte eine Strafe.", "de",
     "dänische Fischereidirektorat", ("DNK", "GOV")),
])
def test_a_ship_or_inspector_with_its_country_word(stages, text, lang, surface, expected):
    assert actors(link(stages, text, lang)).get(surface) == expected, text


@pytest.mark.parametrize(("text", "lang"), [
    ("Der Trawler lag am Montag im Hafen.", "de"),
    ("The tanker was loaded on Monday.", "en"),
    ("Die Inspektoren kamen am Montag.", "de"),
])
def test_a_bare_ship_or_inspector_is_no_actor(stages, text, lang):
    assert not actors(link(stages, text, lang)), text


@pytest.mark.parametrize(("text", "lang", "surface", "expected"), [
    ("Der Hersteller verliert Kunden an japanische Konkurrenten.", "de",
     "japanische Konkurrenten", ("JPN", "BUS")),
    ("Mexican competitors cut their prices.", "en", "Mexican competitors", ("MEX", "BUS")),
])
def test_competitors_with_a_country_word_are_firms(stages, text, lang, surface, expected):
    assert actors(link(stages, text, lang)).get(surface) == expected, text


def test_bare_competitors_are_no_actor(stages):
    assert not actors(link(stages, "Die Konkurrenten schliefen nicht.", "de"))
