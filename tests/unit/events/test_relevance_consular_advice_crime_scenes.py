"""Sentences of our own: advice to nationals about their safety abroad, and crime reports
whose only other parties are the place of the crime, ordinary people or a case at law a
light verb carries (relevance `consular_types`, `precaution_verbs`, `people_sectors`)."""

from __future__ import annotations

import pytest
from event_builders import types_of

ADVICE_TYPES = {"REQUEST", "THREATEN", "ACCUSE"}


@pytest.mark.parametrize(
    "text",
    [
        "Australians have been urged to reconsider their need to travel to Israel.",
        "Americans in Niger were asked to shelter in place.",
        "German citizens were warned against travelling to the north of Mali.",
        "The State Department warned Americans to leave Russia immediately.",
        "Japanese nationals in Sudan have been urged to stay indoors.",
        "The Indian embassy asked Indians in Ukraine to register with the mission.",
    ],
)
def test_advice_to_nationals_is_no_event(events_of, text: str) -> None:
    assert not ADVICE_TYPES & set(types_of(events_of(text, "en")))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Another state's demand of a nation's people, or of a state.
        ("Israel urged Palestinians to leave northern Gaza within 24 hours.", "REQUEST"),
        ("The United States urged Russia to leave Ukraine.", "REQUEST"),
        # Not a precaution of their own.
        ("The Kremlin warned Americans against interfering in Russian elections.", "ACCUSE"),
        ("Turkey asked Sweden to extradite Kurdish activists.", "REQUEST"),
    ],
)
def test_demands_of_other_states_stay(events_of, text: str, kind: str) -> None:
    assert kind in types_of(events_of(text, "en"))


@pytest.mark.parametrize(
    "text",
    [
        # A light verb's case at law: the noun is the act.
        "Police launched an investigation to find the driver who hit the cyclist.",
        "Police opened an investigation after a man was found dead in a park in Perth.",
        # Ordinary people counted by the actor layer are private persons.
        "Two teenagers were arrested after a stabbing outside a nightclub in Manchester.",
        "Three men were detained after a robbery at a jewellery shop in Leeds.",
        # Where things were seized is no party.
        "Police seized cocaine, cash and two pistols from a house in Dublin.",
        "Detectives seized phones and laptops from a home in Cardiff on Tuesday.",
    ],
)
def test_crime_report_codes_nothing(events_of, text: str) -> None:
    assert events_of(text, "en") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police arrested two opposition lawmakers in Minsk on Monday.", "COERCE"),
        ("Prosecutors launched an investigation into the former president over bribery.",
         "ACCUSE"),
        ("Israeli forces arrested ten Palestinians in Jenin.", "COERCE"),
        ("Police raided the offices of the opposition party in Caracas.", "COERCE"),
    ],
)
def test_political_cases_stay(events_of, text: str, kind: str) -> None:
    assert kind in types_of(events_of(text, "en"))
