"""A crowd gathering outside or in front of a building, or protesters gathering, is a
demonstration (PROTEST); the other senses of 'gather' stay what they are: leaders gathering
for talks meet, mourners, fans or residents gathering and evidence gathered are no protest.
Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of Hungarian farmers gathered outside the ministry in Budapest.",
        "Police in Nairobi fired tear gas at opposition supporters who had gathered outside "
        "the electoral commission.",
        "Several thousand Georgians gathered in front of parliament in Tbilisi on Sunday.",
        "Protesters gathered in the main square of Belgrade on Friday.",
    ],
)
def test_a_crowd_gathering_at_a_building_is_a_protest(events_of, text) -> None:
    assert by_trigger(events_of(text, "en"))["gathered"].type == "PROTEST"


@pytest.mark.parametrize(
    "text",
    [
        "Residents gathered outside their homes in Ankara after the earthquake.",
        "Mourners gathered outside the cathedral in Warsaw for the funeral of the president.",
        "Hundreds of fans gathered outside the stadium in Madrid.",
        "The committee gathered evidence on the Polish minister's conduct.",
    ],
)
def test_other_gatherings_are_no_protest(events_of, text) -> None:
    assert not [e for e in events_of(text, "en") if e.type == "PROTEST"]


def test_leaders_gathering_still_meet(events_of) -> None:
    events = by_trigger(events_of("EU leaders gathered in Brussels on Thursday.", "en"))
    assert events["gathered"].type == "CONSULT"


def test_gathering_evidence_is_no_event(events_of) -> None:
    text = "The committee gathered evidence on the Polish minister's conduct."
    assert "gathered" not in by_trigger(events_of(text, "en"))
