"""Sentences of our own: words of crime itself (murder, stabbing, robbery) between private
persons alone are crime reporting, no political event (relevance `crime_report_words`); a
soldier, a police officer, a journalist or a politician as the victim, a state's agents as the
doers or a country named keep them an attack."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    "text",
    [
        "A man was stabbed to death outside a nightclub on Saturday.",
        "A pensioner was robbed at knifepoint in a park.",
        "The murders shocked the small town, the mayor's office said.",
    ],
)
def test_private_crime_is_no_attack(events_of, text: str) -> None:
    assert "ASSAULT" not in types_of(events_of(text, "en"))


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen murdered five soldiers at a checkpoint in Borno state.",
        "Russian agents murdered a Chechen dissident in Berlin, German prosecutors said.",
        "Militants stabbed two police officers near the parliament.",
        "A journalist was stabbed to death in Mexico City on Friday.",
    ],
)
def test_political_victims_or_doers_keep_the_attack(events_of, text: str) -> None:
    assert "ASSAULT" in types_of(events_of(text, "en"))
