"""The events stage inside chronist's full pipeline, on sentences of our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Das Auswärtige Amt bestellte den russischen Botschafter ein.", ("ACCUSE", "DEU")),
        ("de", "Die Ukraine wurde in der Nacht von Russland angegriffen.", ("ASSAULT", "RUS")),
        ("de", "Die Bundesregierung weist die Vorwürfe Moskaus zurück.", ("REJECT", "DEU")),
        ("en", "Russia attacked Ukraine on Monday.", ("ASSAULT", "RUS")),
        ("en", "The United States imposed new sanctions on Iran.", ("SANCTION", "USA")),
    ],
)  # fmt: skip
def test_end_to_end_type_and_source(events_of, language: str, text: str, expected: tuple) -> None:
    events = events_of(text, language)
    assert [(e.type, e.source.country) for e in events][:1] == [expected]


def test_end_to_end_event_record_is_complete(events_of) -> None:
    text = "Das Auswärtige Amt bestellte am Montag den russischen Botschafter ein."
    event = events_of(text, "de")[0]
    record = event.as_dict()
    assert record["date"] == "2024-06-10" and record["date_basis"] == "explicit"
    assert record["codebook"] == "PLOVER 0.8" and record["quad"] == 3
    assert record["intensity"] < 0 and 0 < record["confidence"] <= 1
    assert record["trigger"]["text"] == "bestellte"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Die Polizei in Minsk nahm am Dienstag 45 Demonstranten fest.", {"arrested": 45}),
        ("de", "Bei dem Angriff wurden mindestens 12 Menschen getötet und 30 verletzt.",
         {"dead": 12, "injured": 30}),
    ],
)
def test_end_to_end_size_counts_the_people_of_the_event(
    events_of, language, text, expected
) -> None:
    size = events_of(text, language)[0].attributes.get("size", {})
    assert expected.items() <= size.items()
