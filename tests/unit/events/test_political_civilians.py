"""Ordinary people (residents, voters, a people by its demonym) are political actors only
for the acts PLOVER codes for them (ontology `identity.civilian`): protest, political
violence, public demands and condemnations as doers; arrests, attacks and aid as patients.
What they do in an everyday sense is private, even with a country. Sentences of our own."""

from __future__ import annotations

import pytest

from chronist.document import ActorRef
from chronist.events.data import load_ontology

CIVILIANS = ActorRef(name="Chilean civilians", country="CHL", sector="CVL")


def _types(events, type_: str) -> list[str]:
    return [e.type for e in events if e.type == type_]


@pytest.mark.parametrize(
    ("type_", "role", "mode", "political"),
    [
        ("PROTEST", "doer", "demo", True),
        ("AID", "doer", None, False),
        ("CONSULT", "doer", None, False),
        ("AID", "patient", None, True),
        ("CONSULT", "patient", None, False),
        ("COERCE", "doer", "arrest", True),
        ("COERCE", "doer", "seize", False),
        (None, "doer", None, True),
    ],
)
def test_civilians_are_political_only_for_their_acts(type_, role, mode, political) -> None:
    ontology = load_ontology()
    assert ontology.is_political(CIVILIANS, type_, role, mode) is political


def test_other_sectors_keep_their_identity() -> None:
    ontology = load_ontology()
    police = ActorRef(name="police", country="CHL", sector="COP")
    assert ontology.is_political(police, "CONSULT", "doer")


@pytest.mark.parametrize(
    ("text", "lang", "type_"),
    [
        (
            "About two hundred Chilean pensioners gathered in the village hall on Sunday.",
            "en",
            "CONSULT",
        ),
        ("Volunteers helped to clean the beach near the harbour on Saturday.", "en", "AID"),
        ("Die Italiener liefern für das neue Auto nur das Getriebe.", "de", "AID"),
        ("Rund dreihundert Schüler besuchen die Schule am Stadtrand.", "de", "CONSULT"),
    ],
)
def test_everyday_acts_of_ordinary_people_are_no_events(events_of, text, lang, type_) -> None:
    assert _types(events_of(text, lang), type_) == []


@pytest.mark.parametrize(
    ("text", "lang", "type_"),
    [
        ("Thousands of residents protested against the new mine in Santiago.", "en", "PROTEST"),
        ("Die Polizei nahm am Sonntag in Lima zwanzig Demonstranten fest.", "de", "COERCE"),
        # A past act that did not happen: the act, negated (REJECT its PLOVER reading).
        ("Palestinians and Israelis failed to reach an agreement on Sunday.", "en", "AGREE"),
    ],
)
def test_acts_plover_codes_for_ordinary_people_stay(events_of, text, lang, type_) -> None:
    assert _types(events_of(text, lang), type_) == [type_]
