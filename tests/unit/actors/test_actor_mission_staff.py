"""The staff of an embassy or consulate serve its state ("two Russian embassy staff",
"russische Botschaftsmitarbeiter", "a Belarusian consular official"), and so do its
attachés ("the Russian trade attache"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import linker

from chronist.actors import build_stage

link = linker("2026-11-30")


@pytest.fixture(scope="session")
def stages():
    return {"de": build_stage("de"), "en": build_stage("en")}


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("The Netherlands expelled two Russian embassy staff on Tuesday.", "en",
     "Russian embassy staff", "RUS"),
    ("Poland said two Belarusian consular officials had to leave.", "en",
     "Belarusian consular officials", "BLR"),
    ("The ministry summoned the Russian trade attache on Monday.", "en",
     "Russian trade attache", "RUS"),
    ("Die Niederlande haben zwei russische Botschaftsmitarbeiter ausgewiesen.", "de",
     "russische Botschaftsmitarbeiter", "RUS"),
    ("Das Außenministerium bestellte den russischen Handelsattaché ein.", "de",
     "russischen Handelsattaché", "RUS"),
])
def test_mission_staff_serve_their_state(stages, text, lang, surface, country):
    doc = link(stages, text, lang)
    hits = [m for m in doc.actor_mentions if m.text == surface]
    assert hits and (hits[0].country, hits[0].sector) == (country, "GOV"), [
        (m.text, m.country, m.sector) for m in doc.actor_mentions
    ]
