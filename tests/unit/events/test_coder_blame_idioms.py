"""Idioms of blame for slowness, failure or weak arguments ("dragged their feet", "missed
the mark", "clutching at straws"): said of another actor, the speaker accuses it; the literal
senses (feet dragged along a path, a target missed, straws of hay) and unattributed uses are
no event. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Germany's foreign minister said Russia had dragged its feet on the talks.", "dragged"),
        ("Germany's foreign minister said Russia was dragging its heels on the deal.", "dragging"),
        ("Germany's foreign minister said Russia had missed the mark on the inquiry.", "missed"),
        ("Germany's foreign minister said Russia was clutching at straws.", "clutching"),
        ("Germany's foreign minister said Russia was grasping at straws.", "grasping"),
    ],
)
def test_a_blame_idiom_said_of_another_actor_accuses_it(events_of, text, trigger) -> None:
    event = by_trigger(events_of(text, "en"))[trigger]
    assert (event.type, event.source.country, event.target.country) == ("ACCUSE", "DEU", "RUS")


@pytest.mark.parametrize(
    "text",
    [
        "The tired child dragged her feet along the path to school.",
        "The archer missed the mark by a few inches.",
        "The farmer clutched at straws of hay in the barn.",
        "The government has dragged its feet on the reform, critics say.",
    ],
)
def test_literal_or_unattributed_uses_are_no_event(events_of, text) -> None:
    assert not [e for e in events_of(text, "en") if e.type == "ACCUSE"]
