"""A releasing act whose patient is a thing (premises, figures, a report) is business or
publishing, no political act (relevance `thing_patient_acts`, `thing_patients`); released
people stay. Sentences of our own."""

from __future__ import annotations

import pytest


def _retreats(events) -> list[str]:
    return [e.type for e in events if e.type == "RETREAT"]


@pytest.mark.parametrize(
    "text",
    [
        "The Canadian immigration ministry chose to release ten floors of office space back to"
        " the procurement ministry.",
        "The German foreign ministry released the footage on Tuesday.",
        "The release of space was approved by the Canadian government.",
        "The Irish government released the figures on Monday.",
        "The Irish government released the report on Monday.",
    ],
)
def test_a_released_thing_is_no_retreat(events_of, text) -> None:
    assert _retreats(events_of(text, "en")) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Iranian government released two French prisoners on Tuesday.",
        "Hamas released three Israeli hostages on Sunday.",
    ],
)
def test_released_people_stay(events_of, text) -> None:
    assert _retreats(events_of(text, "en")) == ["RETREAT"]


def _requests(events) -> list[str]:
    return [e.type for e in events if e.type == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "German skiers in Austria seek lower prices.",
        "Polish nurses at the private clinic demanded higher wages.",
    ],
)
def test_asking_for_a_price_with_nobody_asked_is_no_request(events_of, text) -> None:
    assert _requests(events_of(text, "en")) == []


@pytest.mark.parametrize(
    "text",
    [
        "French farmers demanded higher prices from the government.",
        "Ukraine seeks more weapons from Germany.",
    ],
)
def test_a_demand_on_an_actor_stays(events_of, text) -> None:
    assert _requests(events_of(text, "en")) == ["REQUEST"]
