"""Sentences of our own (precision21en): English uses of event words that report no act.
A verb of rushing on ("charging ahead", relevance `motion_verbs` with `motion_adverbs`)
accuses no one; offering premises (`thing_object_acts` with `thing_patients`) hands over
property; one speaker discussing a topic whose "with" belongs to the topic meets no one; a
question asked of someone is no request; wishing someone success (`wish_verbs`,
`wish_states`) demands nothing; refusing to confirm or give details (lexicon `without:` of
refuse/decline) rejects no one. The acts stay."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Brazil is charging ahead on its forest goals.", "ACCUSE"),
        ("The minister charged ahead with the reform despite protests.", "ACCUSE"),
        ("The county offered three empty buildings to the college.", "AGREE"),
        ("The historian discusses Beijing's refusal to restart trade with Canberra.", "CONSULT"),
        ("The court answered the question asked by the General Assembly.", "REQUEST"),
        ("I want him to succeed, the former premier said.", "REQUEST"),
        ("Most voters want her to be the next president.", "REQUEST"),
    ],
)
def test_other_senses_are_no_act(events_of, text: str, kind: str) -> None:
    assert kind not in types_of(events_of(text, "en"))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mexico committed to deploying 10,000 troops to the northern border.", "AGREE"),
        ("Japan pledged to send more aid to Ukraine.", "AGREE"),
        ("Prosecutors charged the opposition leader with treason.", "ACCUSE"),
        ("Russia offered a ceasefire to Ukraine.", "AGREE"),
        ("Turkey offered to mediate between the two sides.", "AGREE"),
        ("Macron discussed the war with Scholz in Berlin.", "CONSULT"),
        ("The UN asked Israel to open the crossings.", "REQUEST"),
        ("The opposition wants the government to resign.", "REQUEST"),
    ],
)
def test_the_acts_stay(events_of, text: str, kind: str) -> None:
    assert kind in types_of(events_of(text, "en"))


@pytest.mark.parametrize(
    "text",
    [
        "The agency declined to provide its own analysis of the costs.",
        "The ministry refused to confirm the number of arrests.",
        "Officials refused to specify how many soldiers had died.",
    ],
)
def test_refusing_to_say_is_no_rejection(events_of, text: str) -> None:
    assert "REJECT" not in types_of(events_of(text, "en"))


@pytest.mark.parametrize(
    "text",
    [
        "Hungary declined to sign the joint statement, officials said.",
        "The president refused to meet the envoy, saying he would only see him at home.",
        "Iran refused to let inspectors into the site, the agency confirmed.",
    ],
)
def test_refusing_an_act_stays_rejection(events_of, text: str) -> None:
    assert "REJECT" in types_of(events_of(text, "en"))

