"""Sentences of our own (precision25): an event noun that is itself an actor's name and
stands before the noun it modifies ("an opposition socialist lawmaker") says whose side the
noun is on, no rejection; the noun with its own possessor stays. Wishing someone well after a
clause said beside the wish ("I'm on his side, I want him to succeed") demands nothing.
The first label and the second wish fail before the change (the others parse otherwise)."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez, who worked for years as an opposition socialist lawmaker in Chile, "
        "leads the polls.",
        "Pedro Ruiz, who served as an opposition centrist senator in Peru, will run again.",
    ],
)
def test_an_actor_label_before_its_noun_is_no_rejection(events_of, text: str) -> None:
    assert "REJECT" not in types_of(events_of(text, "en"))


def test_a_stance_with_its_own_holder_stays(events_of) -> None:
    text = "Chile's opposition to the plan angered President Milei."
    assert "REJECT" in types_of(events_of(text, "en"))


@pytest.mark.parametrize(
    "text",
    [
        "Tony Blair said: “Well, I’m fully supportive of him, I want him to succeed.”",
        "Angela Merkel said: “Well, I’m fully behind her, I want her to win.”",
    ],
)
def test_a_wish_after_a_clause_beside_it_is_no_request(events_of, text: str) -> None:
    assert "REQUEST" not in types_of(events_of(text, "en"))


def test_a_demand_stays(events_of) -> None:
    text = "Keir Starmer said: “I want Russia to withdraw its troops.”"
    assert "REQUEST" in types_of(events_of(text, "en"))
