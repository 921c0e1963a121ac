"""A first-person subject ("we", "wir", "I") of an act the clause is reported by stands
for the speaker's own side, unless that side is also the object of its verb ("wir lassen
uns nicht … setzen"). Our own sentences."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, event_of_type


@pytest.mark.parametrize(
    ("text", "language", "kind", "source"),
    [
        ("\"We have summoned the Russian ambassador,\" the Latvian foreign minister said on "
         "Monday.", "en", "ACCUSE", {"LVA"}),
        ("\"We condemn this attack on our embassy,\" the Chilean president said after the "
         "riot in Caracas.", "en", "ACCUSE", {"CHL"}),
        ("„Wir haben den russischen Botschafter einbestellt“, sagte die lettische "
         "Außenministerin am Montag.", "de", "ACCUSE", {"LVA"}),
    ],
)
def test_a_first_person_subject_is_the_speakers_side(
    events_of, text, language, kind, source
) -> None:
    event = event_of_type(events_of(text, language), kind)
    assert actor_countries(event.source) == source


def test_the_speakers_side_as_object_does_not_act(events_of) -> None:
    events = events_of(
        "Russia threatened Norway. \"We will not let ourselves be pressured by anyone,\" the "
        "Norwegian minister said.", "en"
    )
    assert not [e for e in events if e.type == "REQUEST" and "NOR" in actor_countries(e.source)]
