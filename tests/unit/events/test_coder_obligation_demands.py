"""A duty laid on an actor by a speaker is a demand whatever the verb ("said Iran must allow
the inspectors back", "any deal must include …"): the speaker requests it of the subject.
Not when nobody says it, when the speaker lays it on its own side ("we must"), on a thing
("it must not become …"), on the public in an advisory or on people in everyday rules, nor
for a perfect ("must have known": an inference). Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("France said Germany must do more to cut emissions.", "do", "DEU"),
        ("France's president said that Germany must do more to cut emissions.", "do", "DEU"),
        ("The French foreign minister said Iran must allow the inspectors back.", "allow", "IRN"),
        ("The Red Cross said Russian forces must ensure the safety of civilians.", "ensure", "RUS"),
        ("Russia said Sudan must return the helicopter.", "return", "SDN"),
    ],
)
def test_a_duty_laid_on_an_actor_by_a_speaker_is_a_demand(
    events_of, text, trigger, target
) -> None:
    event = by_trigger(events_of(text, "en"))[trigger]
    assert (event.type, event.target.country) == ("REQUEST", target)


def test_the_speaker_of_a_quoted_duty_demands_it(events_of) -> None:
    text = (
        "Any deal must include the full dismantling of the programme, Israel's prime "
        "minister said."
    )
    event = by_trigger(events_of(text, "en"))["include"]
    assert (event.type, event.source.country) == ("REQUEST", "ISR")


@pytest.mark.parametrize(
    "text",
    [
        "Germany must do more to cut emissions.",
        "He must have known about the plan, the French prosecutor said.",
        "We must stay united, the German chancellor said.",
        "Travellers must carry their passports at all times, officials said.",
        "The rules say that each player must roll the dice twice.",
        '"We must respect the constitution," the Namibian president said.',
        "The South African government said residents must strictly follow official alerts.",
        '"Every release is welcome, but it must not become a bargaining chip," the Lithuanian '
        "minister said.",
    ],
)
def test_no_demand_without_a_speaker_or_on_ones_own_side(events_of, text) -> None:
    assert not [e for e in events_of(text, "en") if e.type == "REQUEST"]
