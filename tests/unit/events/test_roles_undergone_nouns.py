"""'came under criticism from X', 'geriet unter Beschuss von X': an event noun after a
preposition of undergoing on a verb of coming into a state is undergone by the verb's
subject (the target); the giver after 'from'/'von' is the doer. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


@pytest.mark.parametrize(
    ("text", "language", "trigger", "doer", "patient"),
    [
        ("The Polish government came under criticism from Germany.", "en", "criticism",
         "DEU", "POL"),
        ("Russian border posts came under attack by Ukrainian drones.", "en", "attack",
         "UKR", "RUS"),
        ("Ein Grenzposten Armeniens geriet unter Beschuss aus Aserbaidschan.", "de",
         "Beschuss", "AZE", "ARM"),
        ("Die polnische Regierung geriet in die Kritik der Bundesregierung.", "de", "Kritik",
         "DEU", "POL"),
        # Meeting with and reaping an act: "stieß auf", "erntete", "met with".
        ("Die Regierung Boliviens stieß auf Kritik aus Brasilien.", "de", "Kritik", "BRA",
         "BOL"),
        ("Die Regierung Boliviens erntete Kritik aus Brasilien.", "de", "Kritik", "BRA", "BOL"),
        ("Bolivia's plan met with criticism from Brazil.", "en", "criticism", "BRA", "BOL"),
    ],
)
def test_the_subject_undergoes_the_noun(events_of, text, language, trigger, doer, patient):
    event = by_trigger(events_of(text, language))[trigger]
    assert (actor_countries(event.source), actor_countries(event.target)) == (
        {doer},
        {patient},
    )


def test_a_noun_the_subject_acts_under_stays_its_own(events_of):
    # "under" on a verb of acting: the subject still does the noun's act.
    text = "Serbia and Kosovo agreed on a deal under heavy criticism from Brussels."
    event = by_trigger(events_of(text, "en"))["agreed"]
    assert actor_countries(event.source) == {"SRB", "XKX"}
