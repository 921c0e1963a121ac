"""Headlines leave out the passive auxiliary ("Opposition leader released in Tunisia",
"Zwei Journalisten in Belarus festgenommen"): a participle of a verb with a patient in a
sentence without a finite verb is a passive; a verb without a patient object stays active
("Merz in Warschau eingetroffen"). Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "kind", "patient"),
    [
        ("Vier Aktivisten in Aserbaidschan festgenommen\n\nBaku - Sie sind in Haft.", "de",
         "festgenommen", "COERCE", "CVL"),
        ("Two Nigerien soldiers killed in ambush\n\nNIAMEY (Wire) - It happened at dawn.", "en",
         "killed", "ASSAULT", "MIL"),
    ],
)
def test_a_headline_participle_is_passive(events_of, text, lang, trigger, kind, patient):
    event = by_trigger(events_of(text, lang))[trigger]
    assert (event.type, event.target.sector) == (kind, patient)


def test_an_agentless_headline_release_is_the_authorities(events_of):
    text = "Journalist in Iran freigelassen\n\nTeheran - Er war ein Jahr in Haft."
    event = by_trigger(events_of(text, "de"))["freigelassen"]
    assert (event.type, event.source.country) == ("RETREAT", "IRN")


def test_an_intransitive_headline_participle_stays_active(events_of):
    text = "Scholz in Paris eingetroffen\n\nParis - Es ist sein erster Besuch in diesem Jahr."
    event = by_trigger(events_of(text, "de"))["eingetroffen"]
    assert (event.type, event.source.country) == ("CONSULT", "DEU")
