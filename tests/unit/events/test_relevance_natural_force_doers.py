"""Sentences of our own: a natural force (relevance `natural_forces`: a storm, heavy seas)
as the doer of an act that needs an actor (`actor_doer_types`: blocking, damaging) is
weather, no political event; people who block or damage stay."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("text", "language", "type_"),
    [
        ("Ein Unwetter hat am Montag in Hamburg mehrere Straßen blockiert, teilte die Polizei mit.",
         "de", "PROTEST"),
        ("Starker Seegang hat den Hafen der Insel schwer beschädigt, sagte der Bürgermeister.",
         "de", "PROTEST"),
        ("A storm blocked several roads in Texas on Monday.", "en", "PROTEST"),
    ],
)
def test_natural_force_does_no_act(events_of, text: str, language: str, type_: str) -> None:
    assert type_ not in types_of(events_of(text, language))


@pytest.mark.parametrize(
    ("text", "language", "type_"),
    [
        ("Demonstranten haben am Montag in Hamburg mehrere Straßen blockiert.", "de", "PROTEST"),
        ("Protesters blocked several roads in Texas on Monday.", "en", "PROTEST"),
    ],
)
def test_people_still_act(events_of, text: str, language: str, type_: str) -> None:
    assert type_ in types_of(events_of(text, language))
