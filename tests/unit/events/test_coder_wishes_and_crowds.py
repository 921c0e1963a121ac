"""Wishing to see a measure demands it ("Labour wants to see an inquiry", "would like to
see a ceasefire"): a REQUEST of the one who wishes it, as PLOVER codes "wants X"; not a
private wish with no political actor. What draws protesters out is what they protest
against ("drew crowds of protesters to the Capitol"); fans drawn are none. Sentences of our
own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("The Labour Party said it wanted to see an inquiry into the contract.", "wanted", "GBR"),
        ("The French government would like to see new elections in Haiti.", "like", "FRA"),
        ("Germany wants to see the tariffs lifted by the summer.", "wants", "DEU"),
    ],
)
def test_wishing_to_see_a_measure_demands_it(events_of, text, trigger, source) -> None:
    event = by_trigger(events_of(text, "en"))[trigger]
    assert (event.type, event.source.country) == ("REQUEST", source)


def test_a_private_wish_to_see_someone_is_no_demand(events_of) -> None:
    text = "She said she would like to see her grandchildren again."
    assert events_of(text, "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Republican lawmakers passed three bills and drew crowds of protesters to the Capitol.",
        "The new abortion law drew thousands of demonstrators to the capital.",
    ],
)
def test_drawing_protesters_is_a_protest(events_of, text) -> None:
    assert "PROTEST" in [e.type for e in events_of(text, "en")]


def test_drawing_fans_is_no_protest(events_of) -> None:
    assert events_of("The concert drew crowds of fans to the stadium.", "en") == []
