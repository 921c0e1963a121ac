"""'hinderte die Ukraine daran, beizutreten', 'hielt Schweden davon ab, … beizutreten': an
infinitive announced by a correlate in a clause with an accusative object has that object
as its doer (object control); a reflexive object leaves the subject. Sentences of our
own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Ungarn hinderte Georgien daran, dem Bündnis beizutreten.", "beizutreten", "GEO"),
        ("Ägypten hielt sudanesische Offiziere davon ab, die Rebellen zu treffen.", "treffen",
         "SDN"),
    ],
)
def test_the_object_does_the_announced_infinitive(events_of, text, trigger, doer):
    event = by_trigger(events_of(text, "de"))[trigger]
    assert actor_countries(event.source) == {doer}


def test_a_reflexive_object_leaves_the_subject(events_of):
    text = "Norwegen hat sich daran gewöhnt, Russland zu kritisieren."
    event = by_trigger(events_of(text, "de"))["kritisieren"]
    assert actor_countries(event.source) == {"NOR"}
