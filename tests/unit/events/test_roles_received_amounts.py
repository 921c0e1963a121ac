"""'received 40 million dollars in aid from X': the event noun after an amount names what
the amount is, so the subject receives it (target) and the from-phrase gives it (source),
as in 'received aid from X'. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "giver", "recipient"),
    [
        ("Senegal received 60 million euros in emergency aid from Spain on Friday.", "aid", "ESP",
         "SEN"),
        ("Tunisia got 200 million euros in loans from Italy.", "loans", "ITA", "TUN"),
    ],
)
def test_an_amount_in_aid_is_received(events_of, text, trigger, giver, recipient):
    event = by_trigger(events_of(text, "en"))[trigger]
    assert (event.type, event.source.country, event.target.country) == (
        "AID", giver, recipient)
