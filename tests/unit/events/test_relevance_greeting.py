"""Sentences of our own: welcoming a person (relevance `greeting_verbs` with a name or one of
`guest_nouns` as the one welcomed) greets a visitor, a ceremony of the visit, no support;
welcoming an act or a decision approves it and stays SUPPORT."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The president welcomed his guest at the palace on Wednesday.", "en"),
        ("The king welcomed the visitors from Norway at the castle.", "en"),
        ("Der Präsident begrüßte seinen Gast am Mittwoch vor dem Palast.", "de"),
        ("Präsident Macron begrüßte Bundeskanzler Scholz im Élysée-Palast.", "de"),
    ],
)
def test_welcoming_a_guest_is_no_support(events_of, text: str, language: str) -> None:
    assert "SUPPORT" not in types_of(events_of(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The government welcomed the decision of the EU.", "en"),
        ("The United States welcomed the ceasefire agreement.", "en"),
        ("Die Regierung begrüßte den Beschluss der EU.", "de"),
    ],
)
def test_welcoming_an_act_stays_support(events_of, text: str, language: str) -> None:
    assert "SUPPORT" in types_of(events_of(text, language))
