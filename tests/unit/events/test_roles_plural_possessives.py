"""A plural possessive in a target phrase ("seized their trucks") takes up the plural party
named before it, not a singular subject (sentences of our own)."""

from __future__ import annotations

import pytest

from chronist.api import extract


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Ghana released 12 Togolese traders on Monday, a month after Ghanaian police "
         "seized their trucks.", "seized", "TGO"),
        ("Kenya freed 30 Somali herders, weeks after Kenyan soldiers confiscated their "
         "cattle near Mandera.", "confiscated", "SOM"),
    ],
)
def test_plural_possessive_takes_up_plural_party(text: str, trigger: str, target: str) -> None:
    doc = extract(text, language="en", published="2026-03-04")
    event = next(e for e in doc.events if e.trigger.text == trigger)
    assert event.target is not None and event.target.country == target


def test_singular_possessive_still_takes_up_subject() -> None:
    doc = extract("Russia struggled after Ukrainian drone attacks on its refineries.",
                  language="en", published="2026-03-04")
    event = next(e for e in doc.events if e.trigger.text == "attacks")
    assert event.target is not None and event.target.country == "RUS"
