"""A past participle opening a sentence with a by-agent ("Accused by Washington of …,
Iran denied …") tells an act of its own done to the main clause's subject: the agent is the
doer, the subject the one acted on, beside the main clause's own act. A participle of a
standing relation ("Backed by Iran, the Houthis …") tells no act. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, event_at


@pytest.mark.parametrize(
    ("text", "trigger", "event_type", "source", "target"),
    [
        ("Accused by Washington of supplying drones to Russia, Iran denied the charge.",
         "Accused", "ACCUSE", {"USA"}, {"IRN"}),
        ("Criticised by Berlin for the raids, Ankara summoned the German ambassador.",
         "Criticised", "ACCUSE", {"DEU"}, {"TUR"}),
        ("Sanctioned by the United States in 2022, the Iranian bank moved its business to Dubai.",
         "Sanctioned", "SANCTION", {"USA"}, {"IRN"}),
        ("Seized by Iranian forces in April, the Greek tanker was released on Friday.",
         "Seized", "COERCE", {"IRN"}, {"GRC"}),
    ],
)
def test_a_passive_participle_adjunct_is_an_act_on_the_subject(
    events_of, text, trigger, event_type, source, target
) -> None:
    event = event_at(events_of(text, "en"), trigger)
    assert event.type == event_type
    assert actor_countries(event.source) == source
    assert actor_countries(event.target) == target


def test_the_main_clause_keeps_its_own_act(events_of) -> None:
    text = "Accused by Washington of supplying drones to Russia, Iran denied the charge."
    assert event_at(events_of(text, "en"), "denied").type == "REJECT"


def test_a_standing_relation_is_no_act(events_of) -> None:
    text = "Backed by Iran, the Houthis attacked a British tanker in the Red Sea."
    events = events_of(text, "en")
    assert "Backed" not in {e.trigger.text for e in events}
