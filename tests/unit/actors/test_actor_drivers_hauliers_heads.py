"""Truck drivers are private people by occupation (CVL), hauliers firms (BUS), and a
German "Chef" heads any body: "der Chef der Polizei" is the police's, not a company
chief. Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "lang", "surface", "sector"), [
    ("Hamburg, 2. März 2026. Polnische Lastwagenfahrer blockierten am Montag die Grenze.",
     "de", "Polnische Lastwagenfahrer", "CVL"),
    ("LONDON, March 2 - Spanish truckers blocked the motorway to Madrid on Monday.",
     "en", "Spanish truckers", "CVL"),
    ("Hamburg, 2. März 2026. Ungarische Spediteure klagten am Montag gegen die Maut.",
     "de", "Ungarische Spediteure", "BUS"),
])
def test_drivers_and_hauliers(stages, text, lang, surface, sector):
    doc = link(stages, text, lang)
    mentions = found(doc, surface)
    assert mentions and mentions[0].sector == sector


def test_the_head_of_a_police_force_is_police(stages):
    text = "Der Chef der ghanaischen Polizei, Kwesi Boateng, trat am Montag zurück."
    person = found(link(stages, text, "de"), "Kwesi Boateng")
    assert person and (person[0].country, person[0].sector) == ("GHA", "COP")
