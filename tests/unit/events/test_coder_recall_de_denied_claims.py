"""German claims called false as a predicate ("Die Vorwürfe seien haltlos, sagte …"): the
speaker rejects them (REJECT), as "wies die Vorwürfe zurück" does, also when the latest
accusation told before is the speaker's own side's. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "speaker"),
    [
        ("Georgien warf einem armenischen Journalisten am Montag Spionage vor. Die Vorwürfe "
         "seien „völlig haltlos“, sagte der armenische Außenminister Ararat Mirsojan.",
         "haltlos", "ARM"),
        ("Litauen bestellte am Montag den belarussischen Botschafter ein und warf Minsk "
         "Schmuggel vor. Die Anschuldigungen seien unbegründet, erklärte Präsident "
         "Alexander Lukaschenko.", "unbegründet", "BLR"),
    ],
)  # fmt: skip
def test_claims_called_false_are_rejected(events_of, text, trigger, speaker) -> None:
    event = by_trigger(events_of(text, "de"))[trigger]
    assert event.type == "REJECT"
    assert actor_countries(event.source) == {speaker}


def test_a_false_report_of_no_claim_rejects_nothing(events_of) -> None:
    text = "Die Wettervorhersage für Montag sei haltlos, sagte der Außenminister Polens."
    assert not [e for e in events_of(text, "de") if e.type == "REJECT"]
