"""An organ noun of the place it is in or from ("die Behörden in Chartum", "hoteliers in
the United States", "Demonstranten aus Belgrad"), followed by a place of one country, is
of that country; a list of places gives it none, and those who serve or stay abroad
(diplomats, migrants) are not of the place they are in. Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "lang", "noun", "country"), [
    ("Hamburg, 2. März 2026. Die Behörden in Chartum meldeten am Sonntag neue Gefechte.",
     "de", "Behörden", "SDN"),
    ("Hamburg, 2. März 2026. Demonstranten aus Belgrad zogen am Sonntag vor das Gericht.",
     "de", "Demonstranten", "SRB"),
    ("LONDON, March 2 - Hoteliers in the United States raised their prices on Monday.",
     "en", "Hoteliers", "USA"),
    ("LONDON, March 2 - Authorities in Khartoum reported heavy shelling overnight.",
     "en", "Authorities", "SDN"),
])
def test_an_organ_noun_is_of_the_place_after_it(stages, text, lang, noun, country):
    doc = link(stages, text, lang)
    mentions = found(doc, noun)
    assert mentions and mentions[0].country == country


def test_a_list_of_places_gives_no_country(stages):
    doc = link(stages, "Officials in Washington and Ottawa said the talks would resume.")
    assert all(m.country != "USA" for m in found(doc, "Officials"))


def test_diplomats_are_not_of_the_place_they_serve_in(stages):
    doc = link(stages, "LONDON, March 2 - Diplomats in Nairobi said the vote was fair.")
    assert all(m.country != "KEN" for m in found(doc, "Diplomats"))
