"""A German support verb construction with a dative ("Hilfe leisten", "eine Absage
erteilen", "Vorwürfe machen"): the event noun is the verb's object, its subject the doer,
and the verb's dative whom the act is for or aimed at, never the noun's genitive doer.
A dative with an everyday noun is no event at all. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "source", "target"),
    [
        ("Die USA leisteten der Ukraine Militärhilfe.", "Militärhilfe", "AID", "USA", "UKR"),
        ("Die USA haben der Ukraine Militärhilfe geleistet.", "Militärhilfe", "AID", "USA",
         "UKR"),
        ("Die Bundesregierung erteilte der polnischen Regierung eine klare Absage.", "Absage",
         "REJECT", "DEU", "POL"),
        ("Die Regierung in Warschau hat der Ukraine Vorwürfe gemacht.", "Vorwürfe", "ACCUSE",
         "POL", "UKR"),
    ],
)  # fmt: skip
def test_the_dative_of_a_support_verb_is_the_target(
    events_of, text: str, trigger: str, kind: str, source: str, target: str
) -> None:
    event = by_trigger(events_of(text, "de"))[trigger]
    assert event.type == kind
    assert event.source is not None and event.source.country == source
    assert event.target is not None and event.target.country == target


def test_a_dative_with_an_everyday_noun_is_no_event(events_of) -> None:
    assert events_of("Die Lehrerin machte der Klasse ein Geschenk.", "de") == []
