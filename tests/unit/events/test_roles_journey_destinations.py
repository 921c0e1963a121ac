"""Sentences of our own: with the traveller in the possessive, a proper name before a
journey noun is where the journey goes (cues `destination_modifier_modes`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("Modi's U.S. visit ended on Friday.", "visit", "IND", "USA"),
        ("Macron's China trip drew criticism from Washington.", "trip", "FRA", "CHN"),
        ("The Kenyan president's Beijing visit produced three agreements.", "visit", "KEN",
         "CHN"),
    ],
)
def test_name_before_a_journey_is_its_destination(events_of, text, trigger, source, target):
    event = next(e for e in events_of(text, "en") if e.trigger.text == trigger)
    assert event.source is not None and event.source.country == source
    assert event.target is not None and event.target.country == target


def test_an_explicit_destination_still_wins(events_of) -> None:
    event = next(
        e for e in events_of("Modi's official visit to Japan ended on Friday.", "en")
        if e.trigger.text == "visit"
    )
    assert event.target is not None and event.target.country == "JPN"
