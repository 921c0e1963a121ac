"""German "sollen" / "müssen" over a perfect infinitive ("soll … angegriffen haben") says what
is alleged or inferred of the past, no duty: the act is reported. Over a plain infinitive it
stays an obligation the text states, no happening. Full pipeline, sentences of our own."""

from __future__ import annotations

import pytest


def _types(events: list) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize(
    ("text", "event_type", "trigger"),
    [
        ("Russische Soldaten sollen in dem Dorf Zivilisten getötet haben.", "ASSAULT", "getötet"),
        ("Der Reporter soll von iranischen Agenten entführt worden sein.", "ASSAULT", "entführt"),
        ("Die türkische Regierung soll die Sanktionen gegen Syrien verschärft haben.",
         "SANCTION", "verschärft"),
    ],
)  # fmt: skip
def test_hearsay_perfect_infinitive_is_reported(
    events_of, text: str, event_type: str, trigger: str
) -> None:
    assert (event_type, trigger) in _types(events_of(text, "de"))


@pytest.mark.parametrize(
    "text",
    [
        "Die türkische Regierung muss die Sanktionen gegen Syrien verschärfen.",
        "Die türkische Regierung hätte die Sanktionen gegen Syrien verschärfen sollen.",
    ],
)
def test_hearsay_plain_infinitive_stays_an_obligation(events_of, text: str) -> None:
    assert ("SANCTION", "verschärfen") not in _types(events_of(text, "de"))
