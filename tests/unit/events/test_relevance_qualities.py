"""Abilities, costs, features and premises as the subject of an event verb do nothing: the
verb tells an effect, no act between actors (relevance `thing_nouns`). Sentences of our own."""

from __future__ import annotations

import pytest


def _types(events, type_: str) -> list[str]:
    return [e.type for e in events if e.type == type_]


@pytest.mark.parametrize(
    ("text", "lang", "type_"),
    [
        (
            "Die Erfahrung des neuen Botschafters wird die Arbeit der OSZE in Wien unterstützen.",
            "de",
            "SUPPORT",
        ),
        (
            "The new floors will support the growing staff of the Canadian embassy in Oslo.",
            "en",
            "SUPPORT",
        ),
        ("The skills of the French negotiator helped the talks with Algeria.", "en", "AID"),
    ],
)
def test_a_quality_as_subject_is_no_act(events_of, text, lang, type_) -> None:
    assert _types(events_of(text, lang), type_) == []


@pytest.mark.parametrize(
    ("text", "lang", "type_"),
    [
        ("Der neue Botschafter wird die Arbeit der OSZE in Wien unterstützen.", "de", "SUPPORT"),
        ("The Canadian government will support the staff of the embassy in Oslo.", "en", "SUPPORT"),
    ],
)
def test_an_actor_as_subject_still_acts(events_of, text, lang, type_) -> None:
    assert _types(events_of(text, lang), type_) == [type_]
