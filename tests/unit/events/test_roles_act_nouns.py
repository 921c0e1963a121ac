"""'…, a move that drew a protest from X', '…, ein Schritt, der in Moskau auf Kritik stieß':
a reaction to a noun that names the act of the clause beside it (cues act_nouns) is aimed
at that clause's doer; where an undergone word meets its recipient ('stieß in Berlin auf
Kritik') is who says it; a subject pronoun after a fronted adverbial continues the subject
of the sentence before. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


@pytest.mark.parametrize(
    ("text", "language", "trigger", "doer", "patient"),
    [
        ("In March, Palau seized two Chinese trawlers, a move that drew a protest from "
         "Beijing.", "en", "protest", "CHN", "PLW"),
        ("Serbia closed its border crossings, a move that drew sharp criticism from Hungary.",
         "en", "criticism", "HUN", "SRB"),
        ("Kenya expelled the Somali envoy, in a move that drew condemnation from Mogadishu.",
         "en", "condemnation", "SOM", "KEN"),
        ("Venezuela announced it would annex the region, a move Guyana has called illegal.",
         "en", "called", "GUY", "VEN"),
        ("India banned rice exports, a step that drew complaints from Bangladesh.", "en",
         "complaints", "BGD", "IND"),
        ("Ungarn blockierte die Hilfen, ein Schritt, der in Kiew auf scharfe Kritik stieß.",
         "de", "Kritik", "UKR", "HUN"),
        ("Serbien schloss die Grenzübergänge, eine Entscheidung, die in Budapest auf Kritik "
         "stieß.", "de", "Kritik", "HUN", "SRB"),
        ("Der Plan der Regierung in Warschau stieß in Berlin auf scharfe Kritik.", "de",
         "Kritik", "DEU", "POL"),
        ("Ghana has long backed the plan. On Tuesday, it urged Nigeria to reopen the border.",
         "en", "urged", "GHA", "NGA"),
        ("Estland hat die Grenze geschlossen. Am Montag warf es Russland vor, Migranten zu "
         "schleusen.", "de", "warf", "EST", "RUS"),
    ],
)
def test_a_reaction_to_the_act_is_aimed_at_its_doer(
    events_of, text, language, trigger, doer, patient
):
    event = by_trigger(events_of(text, language))[trigger]
    assert (actor_countries(event.source), actor_countries(event.target)) == (
        {doer},
        {patient},
    )


def test_the_move_alone_names_no_doer(events_of):
    event = by_trigger(events_of("The move drew sharp criticism from Germany.", "en"))[
        "criticism"
    ]
    assert actor_countries(event.target) == set()
