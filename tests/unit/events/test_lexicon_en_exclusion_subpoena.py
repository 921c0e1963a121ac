"""English lexicon: keeping someone out of a race or office (bar/disqualify from) is a
restriction; a subpoena is an order to testify. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The opposition candidate was barred from the election by the electoral commission.",
         "barred"),
        ("The electoral commission disqualified two opposition candidates from the race.",
         "disqualified"),
    ],
)
def test_keeping_a_candidate_out_is_a_restriction(events_of, text, trigger) -> None:
    event = by_trigger(events_of(text, "en"))[trigger]
    assert (event.type, event.mode) == ("COERCE", "restrict")


def test_barring_without_from_is_no_event(events_of) -> None:
    text = "The police barred the door of the parliament building."
    assert "barred" not in by_trigger(events_of(text, "en"))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The House committee subpoenaed the former defence minister.", "subpoenaed"),
        ("The Senate committee issued the former minister a subpoena.", "subpoena"),
    ],
)
def test_a_subpoena_is_a_demand(events_of, text, trigger) -> None:
    assert by_trigger(events_of(text, "en"))[trigger].type == "REQUEST"
