"""Clashes 'zwischen'/'between' two sides: both clash, so both are the source of the one
riot event; a collision of trains is no clash of political actors. Sentences of our own."""

from __future__ import annotations

from event_builders import actor_countries, by_trigger


def test_clashes_between_police_and_protesters_are_both_sides(events_of):
    text = "Bei Zusammenstößen zwischen der rumänischen Polizei und Demonstranten gab es Verletzte."
    event = by_trigger(events_of(text, "de"))["Zusammenstößen"]
    assert event.type == "PROTEST"
    assert len(event.source.members) == 2
    assert actor_countries(event.source) == {"ROU"}


def test_a_train_collision_is_no_clash(events_of):
    text = "Bei einem Zusammenstoß zweier Güterzüge entstand hoher Sachschaden."
    assert not [e for e in events_of(text, "de") if e.type == "PROTEST"]


def test_a_between_phrase_on_the_verb_of_a_fight_names_both_sides(events_of):
    text = "Heavy fighting erupted between Ethiopian and Eritrean troops on Monday."
    event = by_trigger(events_of(text, "en"))["fighting"]
    assert event.type == "ASSAULT"
    assert actor_countries(event.source) == {"ETH", "ERI"}
