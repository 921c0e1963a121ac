"""Verbs of saying again or with weight are speech verbs: what a speaker says another actor
must do is a demand of the speaker's. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize("verb", ["emphasised", "reiterated", "underlined", "repeated"])
def test_an_obligation_told_by_a_speech_verb_is_the_speakers_demand(events_of, verb) -> None:
    text = f"The Egyptian foreign minister {verb} that Israel must withdraw its troops from Gaza."
    demand = by_trigger(events_of(text, "en"))["withdraw"]
    assert demand.type == "REQUEST"
    assert (demand.source.country, demand.target.country) == ("EGY", "ISR")


def test_an_obligation_nobody_tells_is_still_no_event(events_of) -> None:
    text = "Under the treaty, Israel must withdraw its troops from Gaza."
    assert "withdraw" not in by_trigger(events_of(text, "en"))
