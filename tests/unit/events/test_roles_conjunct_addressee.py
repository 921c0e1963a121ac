"""A speech act coordinated after another act of the same doer and naming no addressee
of its own is addressed to whom the first act was done to. Our own sentences."""

from __future__ import annotations

import pytest
from event_builders import country_of, event_of_type


@pytest.mark.parametrize(
    ("text", "language", "event_type", "addressee"),
    [
        ("Das polnische Außenministerium bestellte am Montag den russischen Botschafter ein "
         "und verlangte eine Erklärung.", "de", "REQUEST", "RUS"),
        ("Ungarn kritisierte die Ukraine scharf und drohte mit einem Veto.", "de",
         "THREATEN", "UKR"),
        ("Poland summoned the Russian ambassador and demanded an explanation.", "en",
         "REQUEST", "RUS"),
        ("Japan met the Chinese envoy on Monday and promised more aid.", "en", "AGREE", "CHN"),
    ],
)
def test_a_coordinated_speech_act_is_addressed_to_the_first_acts_patient(
    events_of, text, language, event_type, addressee
) -> None:
    act = event_of_type(events_of(text, language), event_type)
    assert country_of(act.target) == addressee


@pytest.mark.parametrize(
    ("text", "language", "event_type", "not_addressee"),
    [
        # An addressee of its own is kept.
        ("Hungary criticised Ukraine and threatened Poland with a veto.", "en", "THREATEN",
         "UKR"),
        # A place the first act names is where, not whom: no addressee is taken from it.
        ("Die italienische Regierung rief in Kairo zur Mäßigung auf und bot an, zu "
         "vermitteln.", "de", "AGREE", "EGY"),
    ],
)
def test_an_own_addressee_or_a_place_stays(
    events_of, text, language, event_type, not_addressee
) -> None:
    act = event_of_type(events_of(text, language), event_type)
    assert country_of(act.target) != not_addressee


@pytest.mark.parametrize(
    ("text", "language", "event_type", "other"),
    [
        ("Guyana says a Venezuelan navy vessel threatened offshore oil ships.", "en",
         "THREATEN", "GUY"),
        ("Armenian officials say no Azerbaijani troops have left the occupied villages.", "en",
         "RETREAT", "ARM"),
        ("Die Schweiz übernimmt neue Sanktionen gegen Russland – Moskau droht mit "
         "Gegenmaßnahmen.", "de", "THREATEN", "CHE"),
    ],
)
def test_an_act_without_a_named_target_concerns_the_one_other_country(
    events_of, text, language, event_type, other
) -> None:
    act = event_of_type(events_of(text, language), event_type)
    assert country_of(act.target) == other


def test_two_other_countries_leave_the_target_open(events_of) -> None:
    threat = event_of_type(
        events_of("Iran, speaking after talks with China and India, threatened to retaliate.",
                  "en"),
        "THREATEN",
    )
    assert country_of(threat.target) is None
