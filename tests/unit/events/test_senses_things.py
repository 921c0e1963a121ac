"""Event verbs whose subject is a thing, not an actor (issue #5, senses), on our own sentences."""

from __future__ import annotations

import pytest


def _types(events: list) -> dict[str, str]:
    return {e.trigger.text: e.type for e in events}


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        (
            "Cheap imports of Chinese steel threaten to ruin the American steel industry, "
            "the minister said.",
            "en",
            "threaten",
        ),
        (
            "Rising prices in Russia support the conclusion that the sanctions work, the German "
            "government said.",
            "en",
            "support",
        ),
        (
            "Die Stahlimporte aus China bedrohen die deutsche Industrie, sagte der Minister.",
            "de",
            "bedrohen",
        ),
    ],
)
def test_a_thing_as_subject_makes_no_act(events_of, text, lang, trigger) -> None:
    assert trigger not in _types(events_of(text, lang))


def test_an_actor_as_subject_still_acts(events_of) -> None:
    found = _types(events_of("The Polish opposition threatened to boycott the elections.", "en"))
    assert found.get("threatened") == "THREATEN"
