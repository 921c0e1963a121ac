"""A demand, threat, accusation or rejection with no target and no other country in its
sentence answers the other party of the latest earlier act its doer's country took part
in. Our own sentences."""

from __future__ import annotations

import pytest
from event_builders import country_of, event_of_type


@pytest.mark.parametrize(
    ("text", "language", "event_type", "other"),
    [
        ("Die dänische Küstenwache hat ein schwedisches Forschungsschiff festgesetzt. "
         "Stockholm drohte am Abend mit Konsequenzen.", "de", "THREATEN", "DNK"),
        ("Chile accused Peru of violating the maritime border. Lima rejected the charge on "
         "Friday.", "en", "REJECT", "CHL"),
        ("Portugal expelled two Brazilian diplomats on Monday. Brasília demanded an "
         "explanation.", "en", "REQUEST", "PRT"),
    ],
)
def test_a_reply_without_a_target_answers_the_earlier_other_party(
    events_of, text, language, event_type, other
) -> None:
    act = event_of_type(events_of(text, language), event_type)
    assert country_of(act.target) == other


def test_a_reply_naming_its_own_addressee_keeps_it(events_of) -> None:
    threat = event_of_type(
        events_of("Chile accused Peru of violating the border. Lima threatened Bolivia with "
                  "sanctions.", "en"),
        "THREATEN",
    )
    assert country_of(threat.target) == "BOL"


def test_no_earlier_act_of_the_doer_leaves_the_target_open(events_of) -> None:
    demand = event_of_type(
        events_of("Chile accused Peru of violating the border. Argentina demanded calm.", "en"),
        "REQUEST",
    )
    assert country_of(demand.target) is None
