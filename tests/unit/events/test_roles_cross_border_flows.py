"""Exports and imports cross a border (cues cross_border_nouns): a stop of them concerns
another state, never the doer's own people; with none named it answers the other party
of the latest act between the doer's country and one other. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        ("Peru verhängte Zölle auf Waren aus Bolivien. Noch am Abend ordnete der "
         "bolivianische Präsident an, die Gasexporte einzustellen.", "de", "einzustellen"),
        ("Peru verhängte Zölle auf Waren aus Bolivien. Bolivien stoppte daraufhin seine "
         "Gasexporte.", "de", "stoppte"),
        ("Peru imposed tariffs on goods from Bolivia. Bolivia then halted its gas exports.",
         "en", "halted"),
    ],
)
def test_a_stop_of_exports_answers_the_other_party(events_of, text, language, trigger):
    event = by_trigger(events_of(text, language))[trigger]
    assert (actor_countries(event.source), actor_countries(event.target)) == ({"BOL"}, {"PER"})


def test_a_stop_of_exports_is_never_domestic(events_of):
    text = "Noch am Abend ordnete der bolivianische Präsident an, die Gasexporte einzustellen."
    event = by_trigger(events_of(text, "de"))["einzustellen"]
    assert "BOL" not in actor_countries(event.target)
