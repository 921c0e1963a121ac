"""A weapon named as a verb's doer was used by the agent of the participle that describes
it ("Missiles fired by Russia struck …"). Sentences of our own."""

from __future__ import annotations

from event_builders import by_trigger


def test_the_participle_agent_uses_the_weapon(events_of):
    text = "Drones launched by Iran hit an oil terminal in Iraq on Sunday."
    event = by_trigger(events_of(text, "en"))["hit"]
    assert (event.type, event.source.country, event.target.country) == ("ASSAULT", "IRN", "IRQ")
