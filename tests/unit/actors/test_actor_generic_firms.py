"""Firms named without a country word: after an indefinite article or a preposition,
with no definite article or possessor, they are firms in general, no actor; a definite
noun, a bare subject or a country word makes them actors. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from linking import actors, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("Die Steuer trifft vor allem kleine Unternehmen in Dänemark. Für viele Betriebe "
     "bedeutet sie höhere Kosten.", "de", "Betriebe"),
    ("Die dänische Ministerin fragte, ob ein Unternehmen die Steuer zahlen könne.", "de",
     "Unternehmen"),
    ("The Danish minister proposed fines for companies that dump waste.", "en", "companies"),
])
def test_firms_in_general_are_no_actor(stages, text, lang, surface):
    assert surface not in actors(link(stages, text, lang)), text


@pytest.mark.parametrize(("text", "lang", "surface", "expected"), [
    ("Die dänische Werft Norsø Skibe meldete Gewinne. Die Firmen der Branche zahlen "
     "höhere Löhne.", "de", "Firmen", ("DNK", "BUS")),
    ("Die Ministerin sprach mit dänischen Unternehmen über die Steuer.", "de",
     "dänischen Unternehmen", ("DNK", "BUS")),
])
def test_particular_firms_stay_actors(stages, text, lang, surface, expected):
    assert actors(link(stages, text, lang)).get(surface) == expected, text
