"""Who was somewhere at the time of an event noun did not do it. Sentences are our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan defence minister was in Mombasa during the bombing of the embassy.",
        "The French ambassador stayed in the capital after the attack on the parliament.",
        "Two Israeli diplomats remained in hiding a week on from the assault on the mission.",
    ],
)
def test_who_was_there_is_no_doer(events_of, text) -> None:
    assault = [e for e in events_of(text, "en") if e.type == "ASSAULT"]
    assert all(e.source is None for e in assault)


def test_an_act_during_an_offensive_keeps_its_doer(events_of) -> None:
    text = "Russian troops shelled Kharkiv during the offensive."
    assert any(
        e.type == "ASSAULT" and e.source is not None and e.source.country == "RUS"
        for e in events_of(text, "en")
    )
