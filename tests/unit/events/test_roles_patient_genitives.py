"""German genitives after an event noun: an article-less phrase opened by an adjective in
-er is the noun's genitive inside a prepositional phrase too ('unter Beschuss russischer
Truppen'); with the doer in an agent phrase ('durch', 'seitens') the genitive names whom
the act is done to ('der Beschuss der Stadt durch …'). Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "patient"),
    [
        ("Ukrainische Truppen gerieten bei Kupjansk unter Beschuss russischer Truppen.",
         "Beschuss", "RUS", "UKR"),
        ("Nach Angriffen israelischer Kampfjets auf den Süden des Libanon flohen Tausende.",
         "Angriffen", "ISR", "LBN"),
    ],
)
def test_an_article_less_genitive_in_a_prepositional_phrase_is_the_doer(
    events_of, text, trigger, doer, patient
):
    event = by_trigger(events_of(text, "de"))[trigger]
    assert (actor_countries(event.source), actor_countries(event.target)) == (
        {doer},
        {patient},
    )


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "patient"),
    [
        ("Der Beschuss der Stadt Charkiw durch russische Truppen geht weiter.", "Beschuss",
         "RUS", "UKR"),
        ("Der Beschuss ukrainischer Städte durch russische Truppen geht weiter.", "Beschuss",
         "RUS", "UKR"),
    ],
)
def test_with_an_agent_phrase_the_genitive_is_the_patient(
    events_of, text, trigger, doer, patient
):
    event = by_trigger(events_of(text, "de"))[trigger]
    assert (actor_countries(event.source), actor_countries(event.target)) == (
        {doer},
        {patient},
    )
