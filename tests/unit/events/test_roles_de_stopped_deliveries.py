"""Wohin gestoppte Lieferungen gehen, gegen den richtet sich der Stopp: "an Polen" wie
"nach Polen" (lexicon_de stoppen/einstellen, target prep:an oder prep:nach). Sentences of
our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "patient"),
    [
        ("Indien stoppte die Reisexporte nach Bangladesch.", "stoppte", "IND", "BGD"),
        ("Russland stellte die Gaslieferungen nach Polen ein.", "stellte", "RUS", "POL"),
        ("Russland stellte die Gaslieferungen an Polen ein.", "stellte", "RUS", "POL"),
    ],
)
def test_the_destination_of_stopped_deliveries_is_the_target(
    events_of, text, trigger, doer, patient
):
    event = by_trigger(events_of(text, "de"))[trigger]
    assert (actor_countries(event.source), actor_countries(event.target)) == (
        {doer},
        {patient},
    )
