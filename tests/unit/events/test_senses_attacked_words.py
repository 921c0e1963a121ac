"""An attack on a statement, a policy or a person's standing is made with words: ACCUSE,
whatever the attack word and voice (relevance `verbal_attack_objects`); attacks on places
and positions stay assaults. Sentences of our own."""

from __future__ import annotations

import pytest


def _types(events: list) -> dict[str, str]:
    return {e.trigger.text: e.type for e in events}


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "expected"),
    [
        # A character, a policy, remarks attacked: words.
        ("Die Angriffe der Opposition auf seinen Charakter verfehlten ihre Wirkung.", "de",
         "Angriffe", "ACCUSE"),
        ("Die Grünen attackierten die Äußerungen des Innenministers.", "de", "attackierten",
         "ACCUSE"),
        ("The Labour Party attacked the Conservative Party's record on housing.", "en",
         "attacked", "ACCUSE"),
        # A city or a position attacked: force.
        ("Russland griff die ukrainische Stadt Charkiw mit Drohnen an.", "de", "griff",
         "ASSAULT"),
        ("Die Armee griff die Stellungen der Rebellen an.", "de", "griff", "ASSAULT"),
        ("Russian troops attacked the Ukrainian city of Kharkiv.", "en", "attacked", "ASSAULT"),
    ],
)  # fmt: skip
def test_an_attack_on_words_is_an_accusation(events_of, text, lang, trigger, expected) -> None:
    assert _types(events_of(text, lang)).get(trigger) == expected
