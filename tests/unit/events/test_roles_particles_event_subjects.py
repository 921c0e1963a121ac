"""General role rules: a preposition on a
phrasal verb's particle, a passive whose subject is the event noun the verb is built on,
and the recipient the parser hung on a reduced relative of the object. Our own sentences."""

from __future__ import annotations

import pytest
from event_builders import country_of, event_of_type


@pytest.mark.parametrize(
    "text",
    [
        "Turkey pulled its troops back from northern Iraq.",
        "Turkey pulled some of its soldiers back from bases inside northern Iraq last week.",
    ],
)
def test_a_preposition_on_the_particle_is_the_verbs(events_of, text) -> None:
    retreat = event_of_type(events_of(text, "en"), "RETREAT")
    assert country_of(retreat.source) == "TUR"
    assert country_of(retreat.target) == "IRQ"


def test_the_possessor_of_a_handed_over_donation_gives_it(events_of) -> None:
    events = events_of("Japan's donation of rice to Kenya was handed over on Monday.", "en")
    aid = event_of_type(events, "AID")
    assert country_of(aid.source) == "JPN"
    assert country_of(aid.target) == "KEN"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Vietnam extradited a Korean man wanted for running a fraud ring to Seoul on Tuesday.",
         "KOR"),
        ("Thailand extradited a Vietnamese man accused of fraud to Hanoi.", "VNM"),
    ],
)
def test_the_recipient_hung_on_a_reduced_relative_is_the_verbs(events_of, text, target) -> None:
    extradition = event_of_type(events_of(text, "en"), "COOPERATE")
    assert country_of(extradition.target) == target


def test_a_relative_without_the_verbs_preposition_gives_no_target(events_of) -> None:
    events = events_of("Thailand extradited a man born in Laos.", "en")
    extradition = event_of_type(events, "COOPERATE")
    assert extradition.target is None or country_of(extradition.target) != "LAO"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Eine klare Abfuhr erteilte die Landesregierung in Wien den Plänen Berlins.", "AUT"),
        ("Eine Absage erteilte die polnische Regierung dem Vorschlag aus Moskau.", "POL"),
    ],
)
def test_the_subject_after_a_fronted_event_noun_is_its_doer(events_of, text, country) -> None:
    reject = event_of_type(events_of(text, "de"), "REJECT")
    assert country_of(reject.source) == country
