"""A third-person pronoun the actor layer leaves unresolved continues the subject of the
sentence before: as the subject opening its sentence ('Sie verurteilte …', 'It expelled …')
it is the doer, as a singular object ('warf ihm … vor', 'sanctions on him') the target.
Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


@pytest.mark.parametrize(
    ("text", "language", "trigger", "doer", "patient"),
    [
        ("Die Regierung in Ottawa ist verärgert. Sie wies am Mittwoch einen indischen "
         "Diplomaten aus.", "de", "wies", "CAN", "IND"),
        ("Die Türkei hat ihre Haltung geändert. Sie stimmte am Donnerstag dem Beitritt "
         "Schwedens zu.", "de", "stimmte", "TUR", "SWE"),
        ("The government in Ottawa is angry. It expelled an Indian diplomat on Wednesday.",
         "en", "expelled", "CAN", "IND"),
        ("Turkey has changed its position. It approved Sweden's accession on Thursday.",
         "en", "approved", "TUR", "SWE"),
    ],
)
def test_an_opening_subject_pronoun_continues_the_subject(
    events_of, text, language, trigger, doer, patient
):
    event = by_trigger(events_of(text, language))[trigger]
    assert (actor_countries(event.source), actor_countries(event.target)) == (
        {doer},
        {patient},
    )


@pytest.mark.parametrize(
    ("text", "language", "trigger", "doer", "patient"),
    [
        ("Nordkorea feuerte am Sonntag zwei Raketen ab. Südkorea warf ihm eine Provokation "
         "vor.", "de", "warf", "KOR", "PRK"),
        ("Der belarussische Machthaber hat die Opposition verfolgt. Litauen verhängte "
         "deshalb Sanktionen gegen ihn.", "de", "verhängte", "LTU", "BLR"),
        ("The Belarusian leader has persecuted the opposition. Lithuania imposed sanctions "
         "on him.", "en", "imposed", "LTU", "BLR"),
    ],
)
def test_a_singular_object_pronoun_takes_up_the_subject(
    events_of, text, language, trigger, doer, patient
):
    event = by_trigger(events_of(text, language))[trigger]
    assert (actor_countries(event.source), actor_countries(event.target)) == (
        {doer},
        {patient},
    )


def test_a_resolved_pronoun_keeps_its_person(events_of):
    # The actor layer resolves "er" to the minister named before: no other subject.
    text = ("Der französische Außenminister Jean Dupont landete in Algier. Er kritisierte "
            "dort Marokko.")
    event = by_trigger(events_of(text, "de"))["kritisierte"]
    assert actor_countries(event.source) == {"FRA"}
