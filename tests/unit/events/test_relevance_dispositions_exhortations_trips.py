"""Sentences of our own: a pledge participle after "be" or "remain" (a disposition held), a
request whose only object is conduct asked of everyone (an exhortation) and a trip for a
private end report no event of their type (relevance `disposition_participles`,
`declaring_verbs`, `exhortation_nouns`, `private_purposes`)."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A disposition held, no pledge made.
        ("Our party is committed to cutting taxes for small businesses.", "AGREE"),
        ("The two governments are fully committed to the peace process in Sudan.", "AGREE"),
        # Conduct asked of everyone, nobody asked.
        ("The mayor urged tolerance as tensions rose in the city.", "REQUEST"),
        ("The general condemned the rumours, urging adherence to the rule of law.", "REQUEST"),
        # A private trip.
        ("Museveni had flown to Germany for experimental heart treatment.", "CONSULT"),
        ("Prime Minister Sanchez flew to Morocco for a family holiday last week.", "CONSULT"),
        ("The president visited Cuba for a check-up.", "CONSULT"),
    ],
)
def test_no_event_of_the_type(events_of, text: str, kind: str) -> None:
    assert kind not in types_of(events_of(text, "en"))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Pledges made.
        ("Ghana committed to sending 500 peacekeepers to the mission.", "AGREE"),
        ("The donors have committed to providing two billion dollars in aid to Haiti.", "AGREE"),
        # A commitment someone declares.
        ("Planning Minister Lee said Korea is committed to opening up the economy.", "AGREE"),
        # A commitment denied: a change of stance, read as a refusal.
        ("Chile is no longer committed to the fisheries treaty with Peru.", "REJECT"),
        # Requests naming whom they ask; restraint asked of the sides of a conflict.
        ("The foreign minister urged both parties to show unity in the talks.", "REQUEST"),
        ("Brussels urged Hungary to respect the ruling of the court.", "REQUEST"),
        ("Beijing urged restraint after the clashes on the border.", "REQUEST"),
        # Political trips.
        ("Macron travelled to Berlin for talks with Scholz.", "CONSULT"),
        ("Ramaphosa flew to Washington for a summit on trade.", "CONSULT"),
    ],
)
def test_acts_stay(events_of, text: str, kind: str) -> None:
    assert kind in types_of(events_of(text, "en"))
