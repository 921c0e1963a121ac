"""A German light-verb idiom whose noun names the act: "jemanden zur Rede stellen" (a
reprimand to his face: ACCUSE its object). Full pipeline, sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import acts_of


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Die Regierung Norwegens stellte am Dienstag den russischen Gesandten zur Rede.",
         ("ACCUSE", "NOR", "RUS")),
        # No agent, but the capital it happens in: its government (coder._seat_voice).
        ("Der Gesandte Ungarns wurde am Freitag in Warschau zur Rede gestellt.",
         ("ACCUSE", "POL", "HUN")),
    ],
)  # fmt: skip
def test_light_verb_idiom_names_the_act(events_of, text: str, act: tuple) -> None:
    assert act in acts_of(events_of(text, "de"))


@pytest.mark.parametrize(
    "text",
    [
        "Der Kanzler stellte in seiner Rede die neuen Pläne vor.",
    ],
)
def test_no_act_from_a_speech(events_of, text: str) -> None:
    assert not events_of(text, "de")
