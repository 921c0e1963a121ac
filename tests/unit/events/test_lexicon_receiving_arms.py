"""Converse verbs of giving: a state that receives or gets weapons is their recipient
(target), the state after 'from' / 'aus' / 'von' their giver (source), as with 'liefern'.
A party receiving votes is no aid. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "giver", "recipient"),
    [
        ("Estland bekommt neue Haubitzen aus Frankreich.", "de", "bekommt", "FRA", "EST"),
        ("Moldau hat im März weitere Luftabwehrsysteme von Deutschland erhalten.", "de",
         "erhalten", "DEU", "MDA"),
        ("Latvia received new howitzers from Sweden last week.", "en", "received", "SWE",
         "LVA"),
    ],
)
def test_who_receives_arms_is_given_them(events_of, text, lang, trigger, giver, recipient):
    event = by_trigger(events_of(text, lang))[trigger]
    assert (event.type, event.source.country, event.target.country) == (
        "AID", giver, recipient)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Partei erhielt bei der Wahl ein Drittel der Stimmen.", "de"),
        ("The party received a third of the votes in the election.", "en"),
    ],
)
def test_receiving_votes_is_no_aid(events_of, text, lang):
    assert not [e for e in events_of(text, lang) if e.type == "AID"]
