"""Migrants are of the country their country word names, bare no actor (the story's
country is not theirs); consuls are their state's diplomats; fishers like other private
occupations act only with a country word. Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import actors, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "lang", "surface", "expected"), [
    ("Haitianische Migranten warteten an der Grenze.", "de", "Haitianische Migranten",
     ("HTI", "CVL")),
    ("Guatemalan migrants crossed the river at night.", "en", "Guatemalan migrants",
     ("GTM", "CVL")),
    ("Kenyan consuls protested against the raids.", "en", "Kenyan consuls", ("KEN", "GOV")),
    ("Dänische Fischer blockierten den Hafen.", "de", "Dänische Fischer", ("DNK", "CVL")),
])
def test_migrants_consuls_and_fishers_with_their_country(stages, text, lang, surface, expected):
    assert actors(link(stages, text, lang)).get(surface) == expected, text


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("Die Stadt baut eine neue Unterkunft für Migranten.", "de", "Migranten"),
    ("The city opened a shelter for asylum seekers.", "en", "asylum seekers"),
    ("Die Fischer im Hafen warten auf besseres Wetter.", "de", "Fischer"),
])
def test_bare_migrants_and_fishers_are_no_actor(stages, text, lang, surface):
    assert surface not in actors(link(stages, text, lang)), text
