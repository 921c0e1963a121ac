"""A finite verb the parser hangs as a conjunct on an adjective or noun ("called the cabinet
led by X \"illegal\" and urged …") shares the subject of the verb above of its own tense
(sentences of our own)."""

from __future__ import annotations

import pytest

from chronist.api import extract


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("In the video, Kabila called the cabinet led by Prime Minister Tshisekedi "
         "\"illegal\" and urged followers of his party to boycott the vote.", "urged", "COD"),
    ],
)
def test_conjunct_of_predicative_shares_subject(text: str, trigger: str, source: str) -> None:
    doc = extract(text, language="en", published="2026-03-04")
    event = next(e for e in doc.events if e.trigger.text == trigger)
    assert event.source is not None and event.source.country == source


def test_conjunct_of_verb_keeps_own_subject() -> None:
    doc = extract("Ghana closed the border and Togo recalled its ambassador.", language="en",
                  published="2026-03-04")
    event = next(e for e in doc.events if e.trigger.text == "recalled")
    assert event.source is not None and event.source.country == "TGO"
