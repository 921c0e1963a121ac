"""Disapproval told as a state of mind and conduct judged by a predicate: a state that says
it is concerned by, about or over another's act ("was deeply concerned by …", "is alarmed
at …", "the move alarmed Washington") disapproves of it, as "expressed concern" does; a
predicate of blame on an act whose possessor or doer is named ("Beijing's decision was a
mistake", "Moscow's proposal was a sham") accuses that possessor. Topics ("the talks
concern trade"), private worries and misfortunes with no doer are no event. Sentences of
our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Germany's government said on Monday it was concerned over Hungary's new media law.",
         "concerned"),
        ("The German foreign ministry said it was deeply concerned by Hungary's new media law.",
         "concerned"),
        ("Hungary's decision to close the border alarmed the German government.", "alarmed"),
        ("Berlin is alarmed at Budapest's new law on foreign funding.", "alarmed"),
    ],
)
def test_a_state_concerned_by_an_act_disapproves_of_it(events_of, text, trigger) -> None:
    event = by_trigger(events_of(text, "en"))[trigger]
    assert (event.type, event.source.country, event.target.country) == ("ACCUSE", "DEU", "HUN")


@pytest.mark.parametrize(
    "text",
    [
        "The talks concern trade and energy prices.",
        "The report concerns the nuclear programme of the country.",
        "The teacher was concerned about the pupil's grades.",
        "Parents are concerned about the new school timetable.",
    ],
)
def test_topics_and_private_worries_are_no_disapproval(events_of, text) -> None:
    assert not [e for e in events_of(text, "en") if e.type == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Washington said Beijing's decision to expel the journalists was a mistake.",
         "mistake"),
        ("The State Department said China's latest proposal was a sham.", "sham"),
        ("A US spokesman said Beijing's handling of the crisis had been a disaster.",
         "disaster"),
    ],
)
def test_blame_on_a_possessed_act_accuses_its_possessor(events_of, text, trigger) -> None:
    event = by_trigger(events_of(text, "en"))[trigger]
    assert (event.type, event.source.country, event.target.country) == ("ACCUSE", "USA", "CHN")


@pytest.mark.parametrize(
    "text",
    [
        "The floods were a disaster for the farmers, the minister said.",
        "The mayor said the concert was a disaster because of the rain.",
    ],
)
def test_a_misfortune_without_doer_is_no_accusation(events_of, text) -> None:
    assert not [e for e in events_of(text, "en") if e.type == "ACCUSE"]
