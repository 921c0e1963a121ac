"""Sentences of our own: a meeting whose parties are all organs of one state (its cabinet,
ministers, legislators, officials, army or police, and places of that country) is the
routine of its government, no consultation between political actors (relevance
`internal_consult_types`, `state_organ_sectors`). A partner of another country, rebels or
an opposition keep the meeting."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    "text",
    [
        "The Spanish cabinet met on Tuesday to discuss the budget.",
        "The Kenyan president met Kenyan police chiefs in Nairobi on Monday.",
        "Australian ministers gathered in Canberra on Monday.",
        "The Dutch justice minister met Dutch police chiefs in The Hague on Friday.",
    ],
)
def test_internal_meeting(events_of, text: str) -> None:
    assert "CONSULT" not in types_of(events_of(text, "en"))


@pytest.mark.parametrize(
    "text",
    [
        "The British foreign secretary met her French counterpart in Paris.",
        "The Colombian government held talks with the ELN rebels.",
        "The German chancellor travelled to Warsaw for talks.",
        "The Indian army chief met his Chinese counterpart at the border.",
    ],
)
def test_meeting_between_actors(events_of, text: str) -> None:
    assert "CONSULT" in types_of(events_of(text, "en"))
