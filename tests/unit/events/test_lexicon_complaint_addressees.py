"""A complaint or diplomatic protest lodged with a state ('beschwerte sich bei X über …',
'protestierte bei X gegen …') is aimed at it when what it is about names no one; one lodged
with a forum without a country is aimed at whoever it is about. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "patient"),
    [
        ("Griechenland beschwerte sich am Dienstag bei der Türkei über die Verletzung "
         "seines Luftraums.", "beschwerte", "GRC", "TUR"),
        ("Die Regierung in Seoul protestierte bei Japan gegen das neue Schulbuch.",
         "protestierte", "KOR", "JPN"),
        ("Rumänien beschwerte sich über Ungarn.", "beschwerte", "ROU", "HUN"),
        ("Die Regierung Nigers beschwerte sich bei den Vereinten Nationen über Angriffe "
         "malischer Drohnen.", "beschwerte", "NER", "MLI"),
    ],
)
def test_a_complaint_lodged_with_someone_is_aimed_at_them(
    events_of, text, trigger, doer, patient
):
    event = by_trigger(events_of(text, "de"))[trigger]
    assert (event.type, actor_countries(event.source), actor_countries(event.target)) == (
        "ACCUSE",
        {doer},
        {patient},
    )
