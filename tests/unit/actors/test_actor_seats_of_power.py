"""Seats of power stand for their country's government ("Matignon declined to comment",
"der Quirinal ließ mitteilen"); after a locative preposition they are places. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("The Casa Rosada said the decree would stand.", "en", "Casa Rosada", "ARG"),
    ("Matignon declined to comment on the budget.", "en", "Matignon", "FRA"),
    ("A statement from Malacañang said the talks would resume.", "en", "Malacañang", "PHL"),
    ("Aso Rock rejected the report as false.", "en", "Aso Rock", "NGA"),
    ("The Union Buildings said the envoy had been recalled.", "en", "Union Buildings", "ZAF"),
    ("Aus Schloss Bellevue hieß es, das Gesetz werde geprüft.", "de", "Schloss Bellevue", "DEU"),
    ("Der Quirinal ließ mitteilen, das Gesetz werde unterzeichnet.", "de", "Quirinal", "ITA"),
    ("Rosenbad wies die Vorwürfe zurück.", "de", "Rosenbad", "SWE"),
])
def test_a_seat_of_power_is_its_government(stages, text, lang, surface, country):
    mentions = found(link(stages, text, lang), surface)
    assert mentions and (mentions[0].country, mentions[0].sector) == (country, "GOV")


def test_a_seat_after_a_locative_is_a_place(stages):
    doc = link(stages, "Tourists queued outside the Binnenhof on Sunday.")
    assert not [m for m in doc.actor_mentions if m.text == "Binnenhof" and m.is_actor]
