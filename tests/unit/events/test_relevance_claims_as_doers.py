"""Sentences of our own: a claim, an argument or a view as the subject of an event verb
relates ideas, no actor acts (relevance `thing_nouns`); an actor as the subject acts, and a
claim may still be what an actor rejects."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The case tested the president's claims, which defy the constitution.", "REJECT"),
        ("Russia's claims threaten the peace talks.", "THREATEN"),
    ],
)
def test_claim_as_doer(events_of, text: str, type_: str) -> None:
    assert type_ not in types_of(events_of(text, "en"))


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The president defied the Supreme Court.", "REJECT"),
        ("Russia's views were rejected by the Ukrainian government.", "REJECT"),
    ],
)
def test_actor_acts(events_of, text: str, type_: str) -> None:
    assert type_ in types_of(events_of(text, "en"))
