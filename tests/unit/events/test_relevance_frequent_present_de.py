"""Sentences of our own: a German adverb of frequency ("regelmäßig", "immer wieder", "jedes
Jahr") with a verb in the present indicative, active or passive, tells a habit, no
happening (relevance_de `frequency_adverbs`), when the act is a deed (`frequency_types`); a
threat voiced again and again is a stance held now, and in the past or the perfect the
adverb reports repeated acts: both stay."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Die griechische Küstenwache fängt regelmäßig Boote mit Migranten ab.", "COERCE"),
        ("Nordkorea testet immer wieder ballistische Raketen.", "MOBILIZE"),
        ("Die Behörden schieben jedes Jahr mehrere Tausend Menschen in ihre Heimat ab.", "COERCE"),
        ("Kundgebungen werden in der Hauptstadt häufig von der Polizei aufgelöst.", "COERCE"),
    ],
)
def test_habit(events_of, text: str, type_: str) -> None:
    assert type_ not in types_of(events_of(text, "de"))


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Die Armee griff die Stellungen der Rebellen immer wieder an.", "ASSAULT"),
        ("Die Polizei hat am Montag in Athen 40 Menschen festgenommen.", "COERCE"),
        ("Der Kreml droht den baltischen Staaten immer wieder mit Konsequenzen.", "THREATEN"),
    ],
)
def test_repeated_or_single_act(events_of, text: str, type_: str) -> None:
    assert type_ in types_of(events_of(text, "de"))
