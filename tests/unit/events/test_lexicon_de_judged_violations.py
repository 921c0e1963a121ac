"""'gegen eine Regel verstoßen' (lexicon accuse-judged-conduct): that someone breaks a rule
or an agreement is the speaker's judgement of the subject's conduct, an accusation by the
speaker, no rejection by the subject; with no speaker it is no event. A denial of such a
charge stays a rejection. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("Die Regierung in Kiew erklärte, Moskau verstoße mit den Angriffen gegen das "
         "Völkerrecht.", "verstoße", "UKR", "RUS"),
        ("Damit verstoße Belgrad gegen das Abkommen von Brüssel, sagte der kosovarische "
         "Regierungschef.", "verstoße", "XKX", "SRB"),
    ],
)  # fmt: skip
def test_a_violation_told_by_a_speaker_is_an_accusation(
    events_of, text, trigger, source, target
) -> None:
    event = by_trigger(events_of(text, "de"))[trigger]
    assert event.type == "ACCUSE"
    assert event.source is not None and event.source.country == source
    assert event.target is not None and event.target.country == target


def test_a_violation_is_no_rejection(events_of) -> None:
    text = "Die Kontrollen an der Grenze verstießen gegen die Regeln der Zollunion."
    assert all(e.type != "REJECT" for e in events_of(text, "de"))


def test_denying_a_violation_stays_a_rejection(events_of) -> None:
    text = "Die Ukraine wies am Montag den Vorwurf zurück, gegen die Waffenruhe verstoßen zu haben."
    assert by_trigger(events_of(text, "de"))["wies"].type == "REJECT"
