"""Private business and crime reporting: a joint act between private parties whatever state
the sentence names; a convict put to death. Sentences are our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("He taught at a liberal arts college in Moscow, Russia, a collaboration forged in "
         "2001 between Yale University and Moscow State University.", "COOPERATE"),
        ("Two German carmakers agreed to merge their truck units in Munich, Germany.", "AGREE"),
    ],
)
def test_a_joint_act_of_private_parties_is_no_event(events_of, text, kind) -> None:
    assert kind not in [e.type for e in events_of(text, "en")]


def test_a_joint_act_with_a_government_stays(events_of) -> None:
    text = "Siemens signed a cooperation agreement with the Egyptian government."
    assert "AGREE" in [e.type for e in events_of(text, "en")]


def test_a_convict_put_to_death_is_crime_reporting(events_of) -> None:
    text = "The killer was convicted of murder and executed in Texas in 2004."
    assert "ASSAULT" not in [e.type for e in events_of(text, "en")]
    assert "ASSAULT" in [e.type for e in events_of("Iran executed a young protester.", "en")]
