"""A word of blame whose expletive subject stands for a clause put after it ("it is
unacceptable that Russia detained …", "It's shocking that the minister accepted …") judges
the conduct that clause tells: the speaker accuses its subject. Nobody is accused when that
subject names no actor ("it is shocking that so many children go hungry"). Sentences of our
own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "The French foreign minister said it was unacceptable that Russia had detained "
            "the reporters.",
            "unacceptable",
            "RUS",
        ),
        (
            'A Conservative spokesman said: "It is shocking that Keir Starmer accepted the '
            'gifts."',
            "shocking",
            "GBR",
        ),
    ],
)
def test_blame_of_an_extraposed_clause_accuses_its_subject(
    events_of, text, trigger, target
) -> None:
    event = by_trigger(events_of(text, "en"))[trigger]
    assert (event.type, event.target.country) == ("ACCUSE", target)


def test_blame_of_a_clause_without_an_actor_accuses_nobody(events_of) -> None:
    text = "It is shocking that so many children still go hungry, the charity said."
    assert [e for e in events_of(text, "en") if e.type == "ACCUSE"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Der französische Außenminister sagte, es sei inakzeptabel, dass Russland die "
        "Reporter festgenommen habe.",
        "Es ist empörend, dass Moskau die Diplomaten ausgewiesen hat, erklärte die "
        "Bundesregierung.",
    ],
)
def test_german_blame_of_a_clause_after_es_accuses_its_subject(events_of, text) -> None:
    accusations = [e for e in events_of(text, "de") if e.type == "ACCUSE"]
    assert [e.target.country for e in accusations] == ["RUS"]
