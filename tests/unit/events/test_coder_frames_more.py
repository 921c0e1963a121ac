"""More frames of wire news and what they are not, through the full pipeline on sentences of
our own: closing others' offices, stepped-up patrols, disapproval conveyed, a blocked consent
and a prevented takeover, a warning not to act, understanding shown; a crowd gathering, a
reporter's question, and a declined comment."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("language", "text", "event_type", "trigger"),
    [
        ("en", "Austrian police closed three offices run by Hungary on Monday.", "COERCE",
         "closed"),
        ("en", "Austria stepped up patrols along its southern border.", "MOBILIZE", "stepped"),
        ("en", "France had conveyed its concerns to Russia.", "ACCUSE", "conveyed"),
        ("en", "Beijing lodged stern representations with Tokyo over the visit.", "ACCUSE",
         "lodged"),
        ("en", "Protesters pelted Hungarian police with stones in Budapest.", "ASSAULT",
         "pelted"),
        ("de", "Polen hatte seine Zustimmung zu dem Paket blockiert.", "REJECT", "blockiert"),
        ("de", "Polen hat eingelenkt.", "CONCEDE", "eingelenkt"),
        ("de", "Die Bundesregierung hatte 2019 den Einstieg eines russischen Konzerns verhindert.",
         "REJECT", "verhindert"),
        ("de", "Die Ministerin warnte Polen davor, den Handel zu behindern.", "REQUEST", "warnte"),
        ("de", "Ministerpräsident Stephan Weil zeigte Verständnis für die Fischer.", "SUPPORT",
         "zeigte"),
    ],
)
def test_frame_is_coded(events_of, language, text, event_type, trigger) -> None:
    assert by_trigger(events_of(text, language))[trigger].type == event_type


@pytest.mark.parametrize(
    ("language", "text", "trigger"),
    [
        ("en", "Hundreds of Hungarian farmers gathered outside the ministry in Budapest.",
         "gathered"),
        ("en", "The Danish minister, asked about the vote, declined to weigh in.", "asked"),
        ("en", "The Danish minister, asked about the vote, declined to weigh in.", "declined"),
    ],
)
def test_no_event_is_coded(events_of, language, text, trigger) -> None:
    assert trigger not in by_trigger(events_of(text, language))


def test_the_positive_senses_stay(events_of) -> None:
    """Leaders gathering, a request with 'ask' and the refusal of a plan."""
    events = by_trigger(events_of("EU leaders gathered in Brussels on Thursday.", "en"))
    assert events["gathered"].type == "CONSULT"
    events = by_trigger(events_of("The Danish minister asked Russia to free the sailors.", "en"))
    assert events["asked"].type == "REQUEST"
    events = by_trigger(events_of("Hungary declined to join the Polish plan.", "en"))
    assert events["declined"].type == "REJECT"
