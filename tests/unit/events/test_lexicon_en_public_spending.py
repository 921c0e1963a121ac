"""Public money committed to a purpose is aid ("the government will spend 30 million euros
on a museum", "put an extra 2 million kroner into a fund"), announced it is PLOVER's
AGREE; spending time, a firm's or tourists' spending and putting a plan into action are no
event. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Spanish culture minister said on Tuesday the government would spend 30 million "
         "euros on a new museum in Seville.", "spend"),
        ("The Danish culture minister said on Tuesday the government would put an extra "
         "2 million kroner into a fund for young musicians.", "put"),
    ],
)
def test_announced_public_spending_is_a_promise_of_aid(events_of, text, trigger) -> None:
    event = by_trigger(events_of(text, "en"))[trigger]
    assert (event.type, event.factuality) == ("AID", "planned")
    assert event.attributes["plover_reading"]["type"] == "AGREE"


@pytest.mark.parametrize(
    "text",
    [
        "The Polish minister spent three years in prison in the 1980s.",
        "Volkswagen will spend 5 billion euros on a new plant in China.",
        "Tourists spend millions of dollars in Venice every summer.",
        "The Irish government put the plan into action on Monday.",
    ],
)
def test_other_spending_is_no_event(events_of, text) -> None:
    assert not [e for e in events_of(text, "en") if e.type == "AID"]
