"""English verbs of handing over, moving and calling off: captives handed over are released,
relief handed out and money moved to a recipient is aid, arms obtained or secured from a
giver are his aid, talks called off are cancelled. The everyday senses (a prisoner
transferred to a jail, a match called off, a degree obtained from a university) code
nothing. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "source", "target"),
    [
        ("Azerbaijan handed over 32 prisoners to Armenia on Tuesday.", "handed", "RETREAT",
         "AZE", "ARM"),
        ("Turkey dispatched rescuers to earthquake-hit Morocco.", "dispatched", "AID", "TUR",
         "MAR"),
        ("Qatar transferred 60 million dollars to Lebanon on Monday.", "transferred", "AID",
         "QAT", "LBN"),
        ("Ukraine has obtained more howitzers from Germany.", "obtained", "AID", "DEU", "UKR"),
        ("Chad has secured drones from Turkey.", "secured", "AID", "TUR", "TCD"),
        ("Niger called off talks with France on Monday.", "called", "SANCTION", "NER", "FRA"),
    ],
)
def test_handing_moving_and_calling_off(events_of, text, trigger, type_, source, target):
    event = by_trigger(events_of(text, "en"))[trigger]
    assert event.type == type_
    assert event.source.country == source
    if target:
        assert event.target.country == target


@pytest.mark.parametrize(
    "text",
    [
        "The Pakistani government distributed food to families displaced by the floods.",
        "The Indian army distributed blankets to villagers in Kashmir.",
    ],
)
def test_relief_handed_out_is_aid(events_of, text):
    assert [e for e in events_of(text, "en") if e.type == "AID"]


@pytest.mark.parametrize(
    "text",
    [
        "The prisoner was transferred to a jail in Ankara on Monday.",
        "The football association called off the match against Ghana.",
        "She obtained a degree from a university in Madrid.",
        "The company distributed leaflets to shoppers.",
    ],
)
def test_everyday_senses_code_nothing(events_of, text):
    assert not [e for e in events_of(text, "en") if e.type in ("AID", "SANCTION", "RETREAT")]
