"""German: tightening border controls is bringing in stricter ones (COERCE/restrict, as
"führte Kontrollen ein"); "jemandem den Laufpass geben" sends a partner away (REJECT). Full
pipeline, sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import acts_of


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Usbekistan verschärfte am Montag die Kontrollen an der Grenze zu Tadschikistan.",
         ("COERCE", "UZB", "TJK")),
        ("Die Regierung Tschads gab den russischen Ausbildern am Freitag den Laufpass.",
         ("REJECT", "TCD", "RUS")),
    ],
)  # fmt: skip
def test_act_named_by_the_phrase(events_of, text: str, act: tuple) -> None:
    assert act in acts_of(events_of(text, "de"))


def test_a_club_dismissing_its_coach_is_no_rejection(events_of) -> None:
    text = "Der Verein gab seinem Trainer nach drei Niederlagen den Laufpass."
    assert not any(e.type == "REJECT" for e in events_of(text, "de"))
