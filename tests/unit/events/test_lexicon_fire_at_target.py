"""Sentences of our own: missiles fired at a target ("auf die Hafenstadt", "struck a town")
are an attack even where the sentence names a sea; fired into the sea at no one they show
force (MOBILIZE)."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Rebellen haben von Schiffen im Mittelmeer Raketen auf die Hafenstadt abgefeuert.",
         "de"),
        ("Rockets fired from Lebanon struck a town in northern Israel, the army said.", "en"),
    ],
)
def test_fired_at_a_target_is_an_attack(events_of, text: str, language: str) -> None:
    types = types_of(events_of(text, language))
    assert "ASSAULT" in types
    assert "MOBILIZE" not in types


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Nordkorea hat am Montag zwei Raketen ins Meer abgefeuert.", "de"),
        ("North Korea fired two ballistic missiles into the sea on Monday.", "en"),
    ],
)
def test_fired_into_the_sea_shows_force(events_of, text: str, language: str) -> None:
    assert "MOBILIZE" in types_of(events_of(text, language))
