"""'die Festnahme des Journalisten durch die Polizei', 'the arrest of the journalist by the
police': the doer phrase of an event noun after its patient names who acts, also where the
English parser hangs the by-phrase on the patient. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "language", "trigger", "doer", "patient"),
    [
        ("Die Festnahme des französischen Journalisten durch die iranischen Behörden löste "
         "Proteste aus.", "de", "Festnahme", "IRN", "FRA"),
        ("Die Ausweisung des russischen Botschafters durch Polen verärgerte Moskau.", "de",
         "Ausweisung", "POL", "RUS"),
        ("The arrest of the French journalist by Iranian authorities sparked protests.", "en",
         "arrest", "IRN", "FRA"),
        ("The expulsion of the Russian ambassador by Poland angered Moscow.", "en",
         "expulsion", "POL", "RUS"),
    ],
)
def test_a_nouns_doer_phrase_after_its_patient_is_the_source(
    events_of, text, language, trigger, doer, patient
):
    event = by_trigger(events_of(text, language))[trigger]
    assert (event.source.country, event.target.country) == (doer, patient)


@pytest.mark.parametrize(
    ("text", "language", "trigger"),
    [
        # A durch-phrase further on belongs to the verb, not to the noun.
        ("Die Festnahme des Journalisten wurde am Montag durch ein Video bekannt.", "de",
         "Festnahme"),
    ],
)
def test_a_later_means_phrase_is_no_doer(events_of, text, language, trigger):
    events = by_trigger(events_of(text, language))
    assert trigger not in events or events[trigger].source is None or (
        events[trigger].source.name != "Video")
