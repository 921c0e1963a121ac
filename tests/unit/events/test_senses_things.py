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


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The Polish opposition threatened to boycott the elections.", "threatened", "THREATEN"),
        # A law's act is its state's: no thing.
        (
            "The new Israeli law has forced the UN agency to suspend its operations in Gaza.",
            "forced",
            "COERCE",
        ),
    ],
)
def test_an_actor_or_a_law_as_subject_still_acts(events_of, text, trigger, expected) -> None:
    assert _types(events_of(text, "en")).get(trigger) == expected


def test_an_engine_that_damages_something_is_no_protester(events_of) -> None:
    engines = "Die Triebwerke des neuen Regierungsflugzeugs beschädigen den Rasen am Kanzleramt."
    assert [e for e in events_of(engines, "de") if e.type == "PROTEST"] == []
    crowd = "Demonstranten beschädigten am Montag in Berlin das Kanzleramt."
    assert [e.type for e in events_of(crowd, "de")] == ["PROTEST"]
