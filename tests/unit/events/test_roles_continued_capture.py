"""An agentless arrest or seizure after a capture a state was named for goes on with it:
that state's authorities made it ("Malaysia seized a tanker. … Its crew were detained").
A capture by a group without a state gives no such doer. Our own sentences."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, event_at


@pytest.mark.parametrize(
    ("text", "language", "trigger", "captor"),
    [
        ("Malaysia's coast guard seized a tanker carrying Iranian oil on Sunday. Its 24 crew "
         "members, mostly Indian and Pakistani nationals, were detained.", "en", "detained",
         {"MYS"}),
        ("Die norwegische Küstenwache hat einen russischen Fischtrawler festgesetzt. Der "
         "Kapitän wurde festgenommen.", "de", "festgenommen", {"NOR"}),
    ],
)
def test_an_agentless_arrest_continues_the_states_capture(
    events_of, text, language, trigger, captor
) -> None:
    assert actor_countries(event_at(events_of(text, language), trigger).source) == captor


def test_a_named_arrester_is_kept(events_of) -> None:
    events = events_of("Malaysia's coast guard seized a tanker carrying Iranian oil. Indian "
                       "police later arrested two of its crew members.", "en")
    assert actor_countries(event_at(events, "arrested").source) == {"IND"}
