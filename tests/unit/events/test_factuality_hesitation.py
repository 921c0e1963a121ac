"""'Will not hesitate to' / 'werde nicht zögern, … zu': a pledged act (a threat), while 'did
not hesitate' tells that the act happened; 'gelang es nicht, … zu': a failure, the act did not
happen. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("language", "text", "trigger"),
    [
        ("en", "Iran would not hesitate to attack Israel, the general said.", "attack"),
        ("en", "Iran will not hesitate to use its missiles against Israel.", "use"),
        ("de", "Der Iran werde nicht zögern, Israel anzugreifen.", "anzugreifen"),
        ("de", "Moskau werde nicht zögern, Atomwaffen einzusetzen.", "einzusetzen"),
    ],
)
def test_not_hesitating_to_act_is_a_threat(events_of, language, text, trigger) -> None:
    event = by_trigger(events_of(text, language))[trigger]
    assert event.type == "THREATEN"
    assert event.attributes["recoded_from"]["type"] == "ASSAULT"


@pytest.mark.parametrize(
    ("language", "text", "trigger"),
    [
        ("de", "Russland zögerte nicht, die Ukraine anzugreifen.", "anzugreifen"),
        ("en", "Russia did not hesitate to attack Ukraine.", "attack"),
    ],
)
def test_not_having_hesitated_is_the_act_itself(events_of, language, text, trigger) -> None:
    event = by_trigger(events_of(text, language))[trigger]
    assert (event.type, event.factuality) == ("ASSAULT", "asserted")


def test_hesitating_without_negation_pledges_nothing(events_of) -> None:
    events = events_of("The EU hesitated to impose new sanctions on Russia.", "en")
    assert all(e.factuality != "planned" for e in events)


def test_a_negated_success_is_a_failure(events_of) -> None:
    text = "Der Regierung in Rom gelang es nicht, ein Gesetz zu verabschieden."
    event = by_trigger(events_of(text, "de"))["verabschieden"]
    assert (event.type, event.factuality) == ("AGREE", "negated")
    assert event.attributes["plover_reading"]["type"] == "REJECT"
