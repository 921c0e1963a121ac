"""An announced meeting or visit in German ("kündigte Gespräche mit … an", "kündigte an, …
zu reisen") is the meeting itself, planned, with PLOVER's reading AGREE, as "wird …
besuchen" already was (it was recoded to a bare AGREE, the meeting lost); a word of
readiness ("erklärte sich zu Gesprächen bereit") stays the AGREE. Sentences of our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung Chiles kündigte Gespräche mit Bolivien über den Zugang zum Meer an.",
        "Der Präsident Brasiliens kündigte an, im Juni nach Tokio zu reisen.",
        "Ungarn kündigte Konsultationen mit der Slowakei an.",
    ],
)
def test_announced_meeting_stays_a_planned_meeting(events_of, text: str) -> None:
    meetings = [e for e in events_of(text, "de") if e.type == "CONSULT"]
    assert meetings and meetings[0].factuality == "planned"
    assert meetings[0].attributes["plover_reading"]["type"] == "AGREE"


def test_readiness_to_talk_is_an_agreement(events_of) -> None:
    events = events_of("Bolivien erklärte sich zu Gesprächen mit Chile bereit.", "de")
    assert "AGREE" in {e.type for e in events}
