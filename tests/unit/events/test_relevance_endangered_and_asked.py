"""Sentences of our own: threatening a state of affairs puts it at risk, no threat to an
actor (relevance `endangered_nouns`); a to-infinitive completing a noun of asking or offering
is what is asked or offered, no happening of its own (relevance `asking_nouns`)."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    "text",
    [
        "Seoul condemned the launch as a reckless act that threatened peace on the peninsula.",
        "The renewed fighting threatens the fragile truce in eastern Congo, aid workers said.",
        "The scandal threatens the credibility of the electoral commission.",
        "Opposition leaders said the new media law threatened press freedom.",
        "The dispute over fishing rights threatens relations between the two neighbours.",
    ],
)
def test_endangered_state_is_no_threat(events_of, text: str) -> None:
    assert "THREATEN" not in types_of(events_of(text, "en"))


@pytest.mark.parametrize(
    "text",
    [
        "The junta threatened foreign journalists with expulsion on Monday.",
        "Russia threatened Ukraine with new strikes.",
    ],
)
def test_threat_to_actor_stays(events_of, text: str) -> None:
    assert "THREATEN" in types_of(events_of(text, "en"))


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("Mexico rejected an American request to extradite a former general.", "REJECT",
         "COOPERATE"),
        ("The EU renewed its call on Belgrade to recognise Kosovo.", "REQUEST", "SUPPORT"),
        ("Iran rejected an appeal by France to free two French teachers.", "REJECT", "RETREAT"),
        ("Poland dismissed a German offer to deploy air defence systems on its soil.", "REJECT",
         "MOBILIZE"),
    ],
)
def test_asked_content_is_no_happening(events_of, text: str, kept: str, gone: str) -> None:
    types = types_of(events_of(text, "en"))
    assert kept in types and gone not in types


def test_infinitive_of_a_plan_stays(events_of) -> None:
    # A plan is no asking: "a plan to send troops" keeps its act (planned).
    text = "France announced a plan to send troops to Estonia."
    assert "MOBILIZE" in types_of(events_of(text, "en"))
