"""General role rules from the third round on the second blind probe: a preposition on a
phrasal verb's particle, a passive whose subject is the event noun the verb is built on,
and the recipient the parser hung on a reduced relative of the object. Our own sentences."""

from __future__ import annotations

import pytest


def _event(events: list, event_type: str):
    found = [e for e in events if e.type == event_type]
    assert found, [(e.type, e.trigger.text) for e in events]
    return found[0]


def _country(actor) -> str | None:
    return None if actor is None else actor.country


@pytest.mark.parametrize(
    "text",
    [
        "Turkey pulled its troops back from northern Iraq.",
        "Turkey pulled some of its soldiers back from bases inside northern Iraq last week.",
    ],
)
def test_a_preposition_on_the_particle_is_the_verbs(events_of, text) -> None:
    retreat = _event(events_of(text, "en"), "RETREAT")
    assert _country(retreat.source) == "TUR"
    assert _country(retreat.target) == "IRQ"


def test_the_possessor_of_a_handed_over_donation_gives_it(events_of) -> None:
    aid = _event(events_of("Japan's donation of rice to Kenya was handed over on Monday.", "en"),
                 "AID")
    assert _country(aid.source) == "JPN"
    assert _country(aid.target) == "KEN"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Vietnam extradited a Korean man wanted for running a fraud ring to Seoul on Tuesday.",
         "KOR"),
        ("Thailand extradited a Vietnamese man accused of fraud to Hanoi.", "VNM"),
    ],
)
def test_the_recipient_hung_on_a_reduced_relative_is_the_verbs(events_of, text, target) -> None:
    extradition = _event(events_of(text, "en"), "COOPERATE")
    assert _country(extradition.target) == target


def test_a_relative_without_the_verbs_preposition_gives_no_target(events_of) -> None:
    extradition = _event(events_of("Thailand extradited a man born in Laos.", "en"), "COOPERATE")
    assert extradition.target is None or _country(extradition.target) != "LAO"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Eine klare Abfuhr erteilte die Landesregierung in Wien den Plänen Berlins.", "AUT"),
        ("Eine Absage erteilte die polnische Regierung dem Vorschlag aus Moskau.", "POL"),
    ],
)
def test_the_subject_after_a_fronted_event_noun_is_its_doer(events_of, text, country) -> None:
    reject = _event(events_of(text, "de"), "REJECT")
    assert _country(reject.source) == country
