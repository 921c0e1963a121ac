"""A time in an event noun's possessive dates the act and is no doer: "Monday's attack",
"last year's sanctions" (sentences of our own)."""

from __future__ import annotations

import pytest

from chronist.api import extract


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police said Monday's attack on the embassy had been planned for weeks.", "attack"),
        ("Last year's sanctions against Iran hit its oil exports hard.", "sanctions"),
        ("Yesterday's protests against the government drew thousands in Belgrade.", "protests"),
    ],
)
def test_time_possessor_is_no_source(text: str, trigger: str) -> None:
    doc = extract(text, language="en", published="2026-03-04")
    event = next(e for e in doc.events if e.trigger.text == trigger)
    assert event.source is None


def test_country_possessor_stays_source() -> None:
    doc = extract("Russia's attack on Kyiv killed five people.", language="en",
                  published="2026-03-04")
    event = next(e for e in doc.events if e.trigger.text == "attack")
    assert event.source is not None and event.source.country == "RUS"
