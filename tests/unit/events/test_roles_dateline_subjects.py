"""'LONDON, May 12 (Reuters) - Japan and India agreed …': the parser makes the wire
dateline's place the subject and the real subject after the dash its apposition; the
apposition and its conjuncts are the doers. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "doers"),
    [
        ("Defence\n\nPARIS, March 3 (Reuters) - Japan and India agreed to cooperate more "
         "closely on maritime security.", "agreed", {"JPN", "IND"}),
        ("Talks\n\nNAIROBI, June 9 (AP) - Kenya and Ethiopia signed a border treaty on "
         "Friday.", "signed", {"KEN", "ETH"}),
        ("Sanctions\n\nBERLIN, April 2 (Reuters) — Canada, Australia and Norway condemned "
         "the missile launch.", "condemned", {"CAN", "AUS", "NOR"}),
    ],
)
def test_the_subject_after_a_datelines_dash_is_the_doer(events_of, text, trigger, doers):
    event = by_trigger(events_of(text, "en"))[trigger]
    assert actor_countries(event.source) == doers


def test_a_single_subject_after_a_dateline_stays(events_of):
    text = "Aid\n\nGENEVA, May 5 (AFP) - Brazil agreed to send medical teams to Haiti."
    event = by_trigger(events_of(text, "en"))["agreed"]
    assert actor_countries(event.source) == {"BRA"}
