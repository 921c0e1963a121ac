"""Word families widened in session 18: villages and districts handed back, mercenaries
and peacekeepers leaving a country, an answer announced to a provocation (a threat). Their
other senses (a teacher responding to questions, a company to complaints) code nothing.
Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, event_at


@pytest.mark.parametrize(
    ("text", "trigger", "event_type"),
    [
        ("Armenia handed back four villages to Azerbaijan.", "handed", "RETREAT"),
        ("Russian peacekeepers left Nagorno-Karabakh in June.", "left", "RETREAT"),
        ("Pyongyang said it would respond to any provocation with overwhelming force.",
         "respond", "THREATEN"),
    ],
)
def test_widened_word_families(events_of, text, trigger, event_type) -> None:
    assert event_at(events_of(text, "en"), trigger).type == event_type


def test_the_villages_go_to_the_neighbour(events_of) -> None:
    event = event_at(events_of("Armenia handed back four villages to Azerbaijan.", "en"), "handed")
    assert actor_countries(event.target) == {"AZE"}


@pytest.mark.parametrize(
    "text",
    [
        "The teacher responded to the hostile questions calmly.",
        "The company said it would respond to customer complaints within a day.",
    ],
)
def test_everyday_answers_code_nothing(events_of, text) -> None:
    assert events_of(text, "en") == []
