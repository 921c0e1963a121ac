"""Approving or upholding a measure with no actor named adopts or confirms it (relevance
`matter_patient_acts`: SUPPORT/approve, SUPPORT/uphold, SUPPORT/billigen): no support of an
actor; approving a state's request or a party's plan stays. Sentences of our own."""

from __future__ import annotations

import pytest


def _triggers(events: list) -> dict[str, str]:
    return {e.trigger.text: e.type for e in events}


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("The city council approved the plan earlier this year.", "en", "approved"),
        ("The regulator approved a settlement in March.", "en", "approved"),
        ("Bills will rise under a settlement approved by the regulator in December.", "en",
         "approved"),
        ("The board barred him in May, a ruling the top court upheld.", "en", "upheld"),
        ("Der Stadtrat billigte das Konzept im Frühjahr.", "de", "billigte"),
    ],
)  # fmt: skip
def test_an_approved_measure_is_no_support(events_of, text, lang, trigger) -> None:
    assert trigger not in _triggers(events_of(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("The parliament approved Ukraine's request for membership.", "en", "approved"),
        ("Das Parlament billigte den Antrag der Ukraine.", "de", "billigte"),
    ],
)  # fmt: skip
def test_approving_an_actors_measure_stays(events_of, text, lang, trigger) -> None:
    assert _triggers(events_of(text, lang)).get(trigger) == "SUPPORT"
