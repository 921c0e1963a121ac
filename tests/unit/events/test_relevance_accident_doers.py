"""Sentences of our own: an accident (relevance `natural_forces`: a crash, a derailment,
"Zugunglück", "Absturz") as the doer or cause of a killing is a disaster, no attack; so is a
participle clause of killing with no subject of its own after a clause whose subject or object
is a natural force or accident, or whose verb is an accident (`accident_verbs`). Killings by
people stay, in a participle clause too."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A bus crash killed 14 people in the Andes on Monday.", "en"),
        ("Twelve people were killed in a train crash near Milan.", "en"),
        ("A powerful storm swept across the coast, killing six people.", "en"),
        ("The old bridge collapsed on Tuesday, killing 20 workers.", "en"),
        ("The country suffered its worst plane crash in decades, killing all 72 on board.", "en"),
        ("Bei einem Zugunglück in Italien wurden zwölf Menschen getötet.", "de"),
        ("Bei dem Absturz eines Kleinflugzeugs wurden drei Menschen getötet.", "de"),
    ],
)
def test_accident_kills_in_no_attack(events_of, text: str, language: str) -> None:
    assert "ASSAULT" not in types_of(events_of(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Gunmen stormed a market in the north, killing nine people.", "en"),
        ("Russian troops shelled the town on Monday, killing six civilians.", "en"),
        ("Bei einem Angriff der Armee wurden zwölf Menschen getötet.", "de"),
    ],
)
def test_killings_by_people_stay(events_of, text: str, language: str) -> None:
    assert "ASSAULT" in types_of(events_of(text, language))
