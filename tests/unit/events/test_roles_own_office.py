"""Leaving one's own office acts on no one: a resignation gets no target of the doer's
country, while a domestic act on someone keeps it. Our own sentences."""

from __future__ import annotations

import pytest
from event_builders import country_of, event_of_type


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Der slowakische Innenminister trat am Montag zurück.", "de"),
        ("Die peruanische Regierungschefin ist nach nur vier Monaten zurückgetreten.", "de"),
        ("The Haitian prime minister resigned on Friday.", "en"),
        ("Georgia's interior minister stepped down after the protests.", "en"),
    ],
)
def test_a_resignation_has_no_target(events_of, text, language) -> None:
    resignation = event_of_type(events_of(text, language), "RETREAT")
    assert resignation.target is None or country_of(resignation.target) is None
