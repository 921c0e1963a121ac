"""An act someone is set, expected or scheduled to do is on a schedule or a forecast, no
commitment of its doer: it stays a planned act of its own type (PLOVER's reading of the
announcement is kept for the gold), neither an asserted AGREE nor a threat. Sentences of
our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The Brazilian president is set to visit Angola in November.", "CONSULT"),
        ("Ghana is expected to deploy 500 soldiers to Mali next month.", "MOBILIZE"),
        ("Japan is scheduled to deliver the patrol boats to the Philippines in June.", "AID"),
        ("Israel is set to expand its offensive in Gaza.", "ASSAULT"),
    ],
)
def test_scheduled_act_stays_planned_of_its_type(events_of, text, type_):
    events = events_of(text, "en")
    assert [(e.type, e.factuality) for e in events] == [(type_, "planned")]
