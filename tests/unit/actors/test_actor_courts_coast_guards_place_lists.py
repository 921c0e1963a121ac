"""International courts are judiciary (JUD) with no country; a coast guard is an armed
state force at sea (MIL) whichever ministry commands it; English names headed by
"Force(s)" with a country are that country's military; an English comma list of places
after a locative preposition is places, unless a finite verb follows the list (then a
fronted phrase ended at the comma). Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import actors, found, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "lang", "surface", "entity"), [
    ("The International Court of Justice will rule on the case in June.", "en",
     "International Court of Justice", "Q7801"),
    ("The complaint went to the Inter-American Court of Human Rights.", "en",
     "Inter-American Court of Human Rights", "chronist:iacthr"),
    ("Das Gericht der Europäischen Union bestätigte die Strafe.", "de",
     "Gericht der Europäischen Union", "chronist:eu-general-court"),
])
def test_an_international_court_is_judiciary_of_no_country(stages, text, lang, surface, entity):
    mentions = found(link(stages, text, lang), surface)
    assert [(m.entity, m.country, m.sector) for m in mentions] == [(entity, None, "JUD")], text


@pytest.mark.parametrize(("text", "lang", "surface", "entity"), [
    ("The Caribbean Community called an emergency summit.", "en", "Caribbean Community",
     "chronist:caricom"),
    ("The Gang Suppression Force took over two police stations.", "en",
     "Gang Suppression Force", "chronist:haiti-gsf"),
])
def test_a_regional_body_or_mission_is_an_igo(stages, text, lang, surface, entity):
    mentions = found(link(stages, text, lang), surface)
    assert [(m.entity, m.sector) for m in mentions] == [(entity, "IGO")], text


@pytest.mark.parametrize(("text", "lang", "surface", "expected"), [
    ("Die norwegische Küstenwache kontrollierte zwei Fangschiffe.", "de",
     "norwegische Küstenwache", ("NOR", "MIL")),
    ("The U.S. Coast Guard intercepted a speedboat.", "en", "U.S. Coast Guard",
     ("USA", "MIL")),
    ("Die japanische Küstenwache meldete ein fremdes Schiff.", "de",
     "japanische Küstenwache", ("JPN", "MIL")),
    ("The Philippine coast guard filed a protest.", "en", "Philippine coast guard",
     ("PHL", "MIL")),
    ("Die malaysische Küstenwache hielt einen Tanker fest.", "de", "malaysische Küstenwache",
     ("MYS", "MIL")),
    ("The Belizean coast guard stopped a fishing boat.", "en", "Belizean coast guard",
     ("BLZ", "MIL")),
    ("Die chilenische Küstenwache rettete zwei Segler.", "de", "chilenische Küstenwache",
     ("CHL", "MIL")),
])
def test_a_coast_guard_is_an_armed_force_at_sea(
    stages, text, lang, surface, expected
):
    assert actors(link(stages, text, lang)).get(surface) == expected, text


@pytest.mark.parametrize(("text", "surface", "expected"), [
    ("The Kenya Defence Forces said two soldiers died.", "Kenya Defence Forces",
     ("KEN", "MIL")),
    ("The Ghana Armed Forces sent engineers.", "Ghana Armed Forces", ("GHA", "MIL")),
])
def test_a_national_force_name_is_that_country_s_military(stages, text, surface, expected):
    assert actors(link(stages, text, "en")).get(surface) == expected, text


@pytest.mark.parametrize("text", [
    "Traders bought cocoa from Ghana, Nigeria and Cameroon last month.",
    "Airlines cancelled flights to Spain, Portugal or Greece on Monday.",
])
def test_an_english_comma_list_after_a_locative_is_places(stages, text):
    assert not actors(link(stages, text, "en")), text


def test_a_list_before_a_finite_verb_after_a_fronted_place_acts(stages):
    text = "After talks in Vienna, Austria and Hungary agreed on a new border crossing."
    assert set(actors(link(stages, text, "en"))) == {"Austria", "Hungary"}, text
