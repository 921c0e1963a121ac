"""Which words choose an English trigger's sense: a verb under an aspectual or control
verb ("began escorting") reads the doer named on that verb ("warships"). Warships escorting
or accompanying convoys are forces put to a task (MOBILIZE); police escorting a minister
are not. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("Indian warships began escorting tankers through the Gulf of Oman.", "escorting",
         "IND"),
        ("Two Dutch frigates escorted the grain ships on Tuesday.", "escorted", "NLD"),
    ],
)
def test_warships_escorting_ships_mobilize(events_of, text, trigger, country):
    event = by_trigger(events_of(text, "en"))[trigger]
    assert (event.type, event.source.country) == ("MOBILIZE", country)


def test_police_escorting_a_minister_is_no_mobilisation(events_of):
    events = events_of("Police escorted the minister to his car after the speech.", "en")
    assert not [e for e in events if e.type == "MOBILIZE"]

