""""Both countries", "the two governments", "beide Regierungen": a quantified party noun
stands for the two parties the story has told of, even when the actor layer gave the noun
one country. Our own sentences."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, event_of_type


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Chile expelled a Peruvian consul on Monday. On Friday the two governments agreed "
         "to resume talks.", "en"),
        ("Chile hat am Montag einen peruanischen Konsul ausgewiesen. Am Freitag vereinbarten "
         "beide Regierungen neue Gespräche.", "de"),
    ],
)
def test_two_governments_agreeing_are_the_earlier_two_parties(events_of, text, language) -> None:
    deal = event_of_type(events_of(text, language), "AGREE")
    assert actor_countries(deal.source) == {"CHL", "PER"}


def test_both_countries_urged_are_the_earlier_two_parties(events_of) -> None:
    appeal = event_of_type(
        events_of("Chile expelled a Peruvian consul on Monday. The United Nations urged both "
                  "countries to avoid any escalation.", "en"),
        "REQUEST",
    )
    assert actor_countries(appeal.target) == {"CHL", "PER"}
