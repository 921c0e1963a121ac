"""Ending talks or ties is breaking them off (SANCTION); talks that end have run their
course, no sanction: the sense needs them as its object. Sentences of our own."""

from __future__ import annotations

from event_builders import by_trigger


def test_talks_that_end_are_talks(events_of):
    text = "Talks between Chile and Bolivia ended on Friday without a deal."
    events = by_trigger(events_of(text, "en"))
    assert "ended" not in events
    assert events["Talks"].type == "CONSULT"


def test_ending_talks_is_breaking_them_off(events_of):
    event = by_trigger(events_of("Bolivia ended talks with Chile on Friday.", "en"))["ended"]
    assert (event.type, event.source.country, event.target.country) == ("SANCTION", "BOL", "CHL")
