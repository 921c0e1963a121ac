"""'Troops were deployed', 'wurden Soldaten stationiert': forces moved or readied with no
doer named act for their own state, the source of the mobilisation (PLOVER), never its
target; a doer named keeps its place. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "language", "trigger", "source", "target"),
    [
        ("Thousands of Indian troops were deployed to the border with China.", "en",
         "deployed", "IND", "CHN"),
        ("Two more battalions of Polish soldiers were sent to the border with Belarus.", "en",
         "sent", "POL", "BLR"),
        ("Am Montag wurden weitere russische Truppen an die Grenze zu Finnland verlegt.", "de",
         "verlegt", "RUS", "FIN"),
        ("Russland verlegte im April Truppen an die Grenze zu Finnland.", "de", "verlegte",
         "RUS", "FIN"),
    ],
)
def test_forces_moved_without_a_doer_are_the_source(
    events_of, text, language, trigger, source, target
):
    event = by_trigger(events_of(text, language))[trigger]
    assert (event.type, event.source.country, event.target.country) == (
        "MOBILIZE", source, target)
