"""A request for calm that names nobody it asks ("urged restraint", "rief zur
Zurückhaltung auf") is made to the two sides of the story's conflict, neither of them the
requester's country. Our own sentences."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, event_of_type


@pytest.mark.parametrize(
    ("text", "language", "sides"),
    [
        ("Guatemala's navy seized a Belizean fishing boat on Monday. Canada urged restraint.",
         "en", {"BLZ", "GTM"}),
        ("Venezuela threatened Guyana with military action. Guyana rejected the threat. "
         "Brazil called for calm.", "en", {"GUY", "VEN"}),
        ("Serbien warf dem Kosovo Provokationen vor. Das Kosovo wies die Vorwürfe zurück. "
         "Die EU rief zur Zurückhaltung auf.", "de", {"SRB", "XKX"}),
        ("Indien beschoss pakistanische Stellungen. Deutschland mahnte zur Besonnenheit.",
         "de", {"IND", "PAK"}),
    ],
)
def test_a_request_for_calm_asks_the_two_sides(events_of, text, language, sides) -> None:
    request = event_of_type(events_of(text, language), "REQUEST")
    assert actor_countries(request.target) == sides


def test_the_sides_told_most_often_are_the_conflict(events_of) -> None:
    # The latest act (a third country's warning) is not the story's conflict.
    request = event_of_type(
        events_of("Venezuela threatened Guyana with military action. Guyana rejected the "
                  "threat. Venezuela accused Guyana of provocations. The United States warned "
                  "Venezuela. Brazil called for calm.", "en"),
        "REQUEST",
    )
    assert actor_countries(request.target) == {"GUY", "VEN"}


def test_no_earlier_conflict_leaves_the_request_open(events_of) -> None:
    request = event_of_type(events_of("Canada urged restraint.", "en"), "REQUEST")
    assert not actor_countries(request.target)


def test_a_named_addressee_is_kept(events_of) -> None:
    request = event_of_type(
        events_of("Venezuela threatened Guyana with military action. Brazil urged Venezuela "
                  "to show restraint.", "en"),
        "REQUEST",
    )
    assert actor_countries(request.target) == {"VEN"}
