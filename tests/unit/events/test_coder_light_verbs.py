"""Type resolution between a light verb and the event noun it takes: a verb of little meaning
of its own ("ordered", "bekräftigten", "the signing of") is coded with the type of the event
noun heading its object; an object that names no event keeps the verb's own type. Signing an
agreement is agreeing in both languages; signing a treaty stays PLOVER's SUPPORT. Sentences
of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "expected"),
    [
        ("The Chilean president ordered an inquiry into the shooting.", "en", "ordered", "ACCUSE"),
        ("The Peruvian government ordered a crackdown on the strikers.", "en", "ordered", "COERCE"),
        ("The Kenyan president ordered the withdrawal of the troops.", "en", "ordered", "RETREAT"),
        (
            "Chile und Peru bekräftigten am Montag ihre Zusammenarbeit.",
            "de",
            "bekräftigten",
            "COOPERATE",
        ),
        (
            "Frankreich bekräftigte am Montag seine Kritik an Russland.",
            "de",
            "bekräftigte",
            "ACCUSE",
        ),
    ],
)
def test_the_event_noun_of_a_light_verb_decides_the_type(
    events_of, text, lang, trigger, expected
) -> None:
    assert by_trigger(events_of(text, lang))[trigger].type == expected


def test_a_light_verb_with_no_event_noun_keeps_its_own_type(events_of) -> None:
    text = "The Chilean president ordered the ambassador to return home."
    assert by_trigger(events_of(text, "en"))["ordered"].type == "REQUEST"


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("Bolivia's signing of the trade pact ended months of doubt.", "en", "signing"),
        (
            "Polen und Litauen haben am Montag ein Abkommen über Strom unterzeichnet.",
            "de",
            "unterzeichnet",
        ),
        ("Chile hat mit Peru ein Freihandelsabkommen unterschrieben.", "de", "unterschrieben"),
    ],
)
def test_signing_an_agreement_is_agreeing(events_of, text, lang, trigger) -> None:
    assert by_trigger(events_of(text, lang))[trigger].type == "AGREE"


def test_signing_a_treaty_stays_support(events_of) -> None:
    text = "Chile und Peru unterzeichneten am Montag einen Freundschaftsvertrag."
    assert by_trigger(events_of(text, "de"))["unterzeichneten"].type == "SUPPORT"
