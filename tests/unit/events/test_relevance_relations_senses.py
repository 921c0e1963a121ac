"""Sentences of our own: cooperation in the simple present outside a headline is a standing
relation, no happening (relevance `relation_types`); harbouring a grudge is no shelter, a
camera capturing someone no arrest and a court taking a step no lawsuit (lexicon `without`
of harbour/capture/take); an "energy explosion" is a figure of speech (relevance
`figurative_modifiers`). Cooperation told in the past, harbouring militants, capturing
soldiers and taking a state to court stay."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The German agency works closely with the French government.", "COOPERATE"),
        ("Mexico imports more oil from the United States than it exports.", "COOPERATE"),
        ("The Pakistani general harboured a grudge against the prime minister.", "AID"),
        ("CCTV captured the Russian diplomat outside the embassy.", "COERCE"),
        ("The Russian court takes the unusual step of hearing the case in public.", "ACCUSE"),
        ("China's energy explosion has changed the oil market.", "ASSAULT"),
    ],
)
def test_no_happening(events_of, text: str, type_: str) -> None:
    assert type_ not in types_of(events_of(text, "en"))


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The German agency worked closely with the French government.", "COOPERATE"),
        ("Pakistan harboured the Taliban leaders.", "AID"),
        ("Russian troops captured two Ukrainian soldiers.", "COERCE"),
        ("Ukraine took Russia to court in The Hague.", "ACCUSE"),
    ],
)
def test_still_an_event(events_of, text: str, type_: str) -> None:
    assert type_ in types_of(events_of(text, "en"))
