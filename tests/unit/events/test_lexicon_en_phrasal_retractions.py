"""Phrasal verbs of refusing and taking back: backing out of an accord and shrugging off
criticism reject it, walking back a threat or rolling back tariffs concedes, refusing to
give up a claim rejects, signing up to an accord agrees (an accord signed on a day stays
the noun's). Their everyday senses (a buyer backing out of a sale, an athlete shrugging off
an injury, walking back home, giving up smoking, signing up to a newsletter) code nothing.
Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, event_at


@pytest.mark.parametrize(
    ("text", "trigger", "event_type"),
    [
        ("Russia backed out of the grain deal with Ukraine in July.", "backed", "REJECT"),
        ("Ankara shrugged off Greek complaints about the drilling ship.", "shrugged", "REJECT"),
        ("The junta walked back its threat to expel the French ambassador.", "walked", "CONCEDE"),
        ("Washington rolled back tariffs on Canadian lumber.", "rolled", "CONCEDE"),
        ("Vietnam signed up to the regional trade pact on Tuesday.", "signed", "AGREE"),
    ],
)
def test_phrasal_verbs_of_refusing_and_retracting(events_of, text, trigger, event_type) -> None:
    assert event_at(events_of(text, "en"), trigger).type == event_type


def test_refusing_to_give_up_a_claim_reads_as_a_rejection(events_of) -> None:
    text = "Caracas said it would never give up its claim to the Essequibo region."
    event = event_at(events_of(text, "en"), "give")
    assert event.type == "REJECT"
    assert actor_countries(event.source) == {"VEN"}


def test_an_accord_signed_on_a_day_stays_the_nouns(events_of) -> None:
    events = events_of("Chile and Peru signed a fisheries agreement on Monday.", "en")
    assert event_at(events, "agreement").type == "AGREE"


@pytest.mark.parametrize(
    "text",
    [
        "The buyer backed out of the sale at the last minute.",
        "The striker shrugged off a knee injury to score twice.",
        "She walked back home after the concert.",
        "He gave up smoking last year.",
        "More than 2,000 readers signed up to the newsletter.",
    ],
)
def test_everyday_senses_code_nothing(events_of, text) -> None:
    assert events_of(text, "en") == []
