"""Groups of firms named by their trade act as business (BUS): tour operators, coffee
roasters, hoteliers, German "Betriebe" (also in compounds). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from linking import actors, linker

link = linker("2026-04-01")


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("Nepalese operators said bookings for the spring had fallen.", "en",
     "Nepalese operators", "NPL"),
    ("Irish hoteliers warned that the new levy would deter visitors.", "en",
     "Irish hoteliers", "IRL"),
    ("Italian roasters raised their prices on Monday.", "en", "Italian roasters", "ITA"),
    ("Österreichische Betriebe klagen über fehlende Fachkräfte.", "de",
     "Österreichische Betriebe", "AUT"),
    ("Schweizer Familienbetriebe fordern Hilfen vom Bund.", "de",
     "Schweizer Familienbetriebe", "CHE"),
])
def test_trade_groups_are_business(stages, text, lang, surface, country):
    found = actors(link(stages, text, lang))
    assert found.get(surface) == (country, "BUS"), found
