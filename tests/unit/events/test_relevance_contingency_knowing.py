"""Sentences of our own: what one prepares for is no happening (relevance
`contingency_nouns`, `facing_nouns`: "in case of war", "in the face of a war"); recognising
a fact, told by a content clause, is knowing, no recognition of an actor
(`matter_patient_acts`); settling in a place is moving there, no agreement (lexicon
`settle` needs a partner). A real attack faced, recognising a state and settling with a
party stay."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The Swedish leaflet tells families what to do in case of war with Russia.", "ASSAULT"),
        ("The ministry issued guidance in the event of an attack by Russia.", "ASSAULT"),
        ("The new booklet gives advice in the face of a war affecting Finland.", "ASSAULT"),
        ("The senator recognised the reality that his rival Trump had won the primary.", "SUPPORT"),
        ("The Kenyan president recognised that Uganda had been right.", "SUPPORT"),
        ("Many German retirees are settling in Spain.", "AGREE"),
    ],
)
def test_no_happening(events_of, text: str, type_: str) -> None:
    assert type_ not in types_of(events_of(text, "en"))


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Ukrainian soldiers held the line in the face of a Russian attack on Monday.", "ASSAULT"),
        ("The garrison held out in the face of an attack by Russian troops.", "ASSAULT"),
        ("Spain recognised Palestine as a state on Tuesday.", "SUPPORT"),
        ("The government settled with the striking doctors on Friday.", "AGREE"),
    ],
)
def test_still_an_event(events_of, text: str, type_: str) -> None:
    assert type_ in types_of(events_of(text, "en"))
