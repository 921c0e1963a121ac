""""X bezeichnete / nannte Y …" with a word of hostility or recklessness ("feindselig",
"aggressiv", "destabilisierend", "verantwortungslos") or of terror ("einen Akt des Terrors")
judges Y's doer: an ACCUSE, like the words of the list before ("provokativ",
"unverantwortlich"). Said of a team's play it is no political act. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import acts_of


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Die Regierung Japans bezeichnete die Äußerungen des chinesischen Botschafters als "
         "feindselig.", "JPN", "CHN"),
        ("Die Regierung in Seoul bezeichnete die Raketentests Nordkoreas als aggressiv und "
         "destabilisierend.", "KOR", "PRK"),
        ("Estland nannte das Vorgehen Russlands verantwortungslos.", "EST", "RUS"),
        ("Der Präsident Kenias nannte den Anschlag einen Akt des Terrors.", "KEN", None),
    ],
)  # fmt: skip
def test_judging_words_accuse(events_of, text: str, source, target) -> None:
    assert any(
        a[0] == "ACCUSE" and a[1] == source and (target is None or a[2] == target)
        for a in acts_of(events_of(text, "de"))
    )


def test_judging_play_is_no_event(events_of) -> None:
    text = "Der Trainer bezeichnete das Spiel seiner Mannschaft als aggressiv."
    assert not [e for e in events_of(text, "de") if e.type == "ACCUSE"]
