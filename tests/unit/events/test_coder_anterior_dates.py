"""An event in a clause of "after" is dated by the time layer's day for that clause, not
by the time of the clause above that its scope reaches ("summoned the envoy on Thursday
after a court refused …"). Sentences written for these tests (2026-03-12 is a Thursday)."""

from __future__ import annotations

from event_builders import by_trigger


def test_coder_an_event_after_which_another_happened_keeps_its_own_day(events_of):
    text = ("The foreign ministry summoned the ambassador on Thursday after a court refused "
            "to hand over the suspect.\nThe court ruled on Tuesday that the suspect could "
            "stay.")
    events = by_trigger(events_of(text, "en", published="2026-03-12"))
    assert events["summoned"].date == "2026-03-12"
    assert events["refused"].date == "2026-03-10"
