"""'Zölle auf Waren aus Kolumbien', 'ein Embargo auf Waren aus Armenien verhängen': whence
the goods a tariff or ban is laid on come is the state it is aimed at (cues_de
place_attribute_prepositions 'aus'; verhängen takes its target from an auf-phrase too).
Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "patient"),
    [
        ("Ecuador hat Strafzölle von 30 Prozent auf Waren aus dem Nachbarland Kolumbien "
         "verhängt.", "verhängt", "ECU", "COL"),
        ("Indien erhebt neue Zölle auf Importe aus Pakistan.", "erhebt", "IND", "PAK"),
        ("Kanada erhebt Zölle auf Stahl aus den USA.", "erhebt", "CAN", "USA"),
        ("Die Türkei verhängte ein Embargo auf Waren aus Armenien.", "verhängte", "TUR", "ARM"),
        ("Russland verhängte ein Einfuhrverbot auf Obst aus Moldau.", "verhängte", "RUS",
         "MDA"),
    ],
)
def test_goods_from_a_country_name_the_target(events_of, text, trigger, doer, patient):
    event = by_trigger(events_of(text, "de"))[trigger]
    assert (actor_countries(event.source), actor_countries(event.target)) == (
        {doer},
        {patient},
    )


def test_goods_of_no_origin_name_no_country(events_of):
    event = by_trigger(events_of("Frankreich verhängte Zölle auf Wein.", "de"))["verhängte"]
    assert actor_countries(event.target) <= {"FRA"}
