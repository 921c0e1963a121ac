"""Sentences of our own: issuing a noun of advice (a travel alert, guidance) advises anyone,
no demand or threat between actors (relevance `advice_nouns`, `issuing_verbs`); seeking
guidance asks, and an issued warning to a state threatens."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The Finnish government issued new advice on Tuesday called 'Be ready'.", "REQUEST"),
        ("Australia and Malaysia issued urgent travel alerts for Britain, warning of riots.",
         "THREATEN"),
    ],
)
def test_issued_advice(events_of, text: str, type_: str) -> None:
    assert type_ not in types_of(events_of(text, "en"))


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The UN General Assembly sought guidance from the International Court of Justice.",
         "REQUEST"),
        ("Russia issued a stern warning to Finland on Tuesday.", "THREATEN"),
    ],
)
def test_request_or_threat(events_of, text: str, type_: str) -> None:
    assert type_ in types_of(events_of(text, "en"))
