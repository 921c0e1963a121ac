"""A party without a country, described by a common noun, that demands of, accuses or
rejects one state's organ in a sentence naming no other country is of that state
(domestic politics). Our own sentences."""

from __future__ import annotations

import pytest
from event_builders import country_of, event_of_type


@pytest.mark.parametrize(
    ("text", "language", "event_type", "country"),
    [
        ("Opposition groups urged the Kenyan government to release the detained students.",
         "en", "REQUEST", "KEN"),
        ("Farmers' associations accused the Ghanaian agriculture ministry of ignoring the "
         "drought.", "en", "ACCUSE", "GHA"),
        ("Die Lehrergewerkschaft forderte die peruanische Regierung auf, die Gehälter zu "
         "erhöhen.", "de", "REQUEST", "PER"),
    ],
)
def test_a_party_without_a_country_addressing_a_state_organ_is_of_that_state(
    events_of, text, language, event_type, country
) -> None:
    act = event_of_type(events_of(text, language), event_type)
    assert country_of(act.source) == country


@pytest.mark.parametrize(
    ("text", "language", "event_type"),
    [
        # A state named as a whole may be addressed from abroad.
        ("Militants demanded that France withdraw its troops.", "en", "REQUEST"),
        # Another country in the sentence: whose the party is stays open.
        ("Opposition groups urged the Kenyan government to expel the Ugandan ambassador.",
         "en", "REQUEST"),
        # One person is no party of domestic politics.
        ("Ein Anwalt des Angeklagten wies die Vorwürfe der peruanischen Regierung zurück.",
         "de", "REJECT"),
    ],
)
def test_a_state_named_as_a_whole_or_a_second_country_leaves_the_party_open(
    events_of, text, language, event_type
) -> None:
    act = event_of_type(events_of(text, language), event_type)
    assert country_of(act.source) is None
