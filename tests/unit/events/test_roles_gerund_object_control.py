"""'prevented the protesters from marching', 'barred Sweden from joining': a gerund after a
preposition on a verb with a direct object has that object as its doer (object control);
without an object it keeps the verb's subject ('refrained from criticizing'). Sentences of
our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Hungary blocked Ukraine from joining the alliance.", "joining", "UKR"),
        ("The court barred the Georgian opposition leader from contesting the election.",
         "contesting", "GEO"),
        ("Egypt stopped Sudanese officials from meeting the rebels.", "meeting", "SDN"),
    ],
)
def test_the_object_before_the_preposition_does_the_gerund(events_of, text, trigger, doer):
    events = by_trigger(events_of(text, "en"))
    assert actor_countries(events[trigger].source) == {doer}


def test_with_no_object_the_subject_does_the_gerund(events_of):
    text = "Indonesia refrained from condemning Myanmar."
    event = by_trigger(events_of(text, "en"))["condemning"]
    assert actor_countries(event.source) == {"IDN"}
