"""Observers and observer missions belong to the international organisation named
before them or after a link word; with none, they are no actor, and German bare
"Beobachter" (commentators) never are. Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import actors, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "The OSCE sent a team to the vote. Its election observers reported ballot stuffing.",
     "election observers"),
    ("en", "Monitors from the African Union counted irregularities at many polling stations.",
     "Monitors"),
    ("de", "Die EU unterhält seit zwei Jahren eine zivile Beobachtermission an der Grenze.",
     "Beobachtermission"),
])
def test_observers_belong_to_the_international_organisation(stages, lang, text, surface):
    found = actors(link(stages, text, lang))
    assert found.get(surface) == (None, "IGO"), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Observers say the president is unlikely to resign before the summer."),
    ("de", "Beobachter rechnen mit einem knappen Ergebnis der Wahl."),
])
def test_observers_with_no_organisation_are_no_actor(stages, lang, text):
    found = actors(link(stages, text, lang))
    assert not any(s.lower().endswith("observers") or s == "Beobachter" for s in found), found
