"""Verbal attacks between persons, and two persons' acts kept apart when merging (issue #5,
senses), on our own sentences."""

from __future__ import annotations

import pytest

from chronist.document import ActorRef, Event, Span
from chronist.events.merge import merge_events


def _types(events: list) -> dict[str, str]:
    return {e.trigger.text: e.type for e in events}


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "expected"),
    [
        # One politician attacking another with no weapon attacks with words.
        ("Die Ex-Grünen-Vorsitzende Ricarda Lang attackiert Julia Klöckner.", "de",
         "attackiert", "ACCUSE"),
        ("Klingbeil greift Klöckner an.", "de", "greift", "ACCUSE"),
        ("Trump attacked Biden over the economy.", "en", "attacked", "ACCUSE"),
        # Soldiers, gunmen, or a man with a knife: assaults.
        ("Russische Soldaten griffen ukrainische Stellungen an.", "de", "griffen", "ASSAULT"),
        ("Hamas gunmen attacked Israeli soldiers near Gaza.", "en", "attacked", "ASSAULT"),
        ("Trump attacked Biden with a knife.", "en", "attacked", "ASSAULT"),
    ],
)  # fmt: skip
def test_a_verbal_attack_is_an_accusation(events_of, text, lang, trigger, expected) -> None:
    assert _types(events_of(text, lang)).get(trigger) == expected


def _said(start: int, person: str) -> Event:
    return Event(
        id=f"e{start}",
        type="ACCUSE",
        source=ActorRef(name=person, country="DEU", entity=f"chronist:{person}", sector="GOV"),
        target=ActorRef(name="Klöckner", country="DEU", entity="chronist:kl", sector="LEG"),
        factuality="asserted",
        sentence=Span(start, start + 10),
        trigger=Span(start + 2, start + 5, "kritisiert"),
        date="2025-09-10",
        date_basis="document",
        attributes={"paragraph": "body"},
    )


def test_two_people_of_one_state_are_two_acts() -> None:
    people = frozenset({"chronist:lang", "chronist:habeck", "chronist:kl"})
    assert len(merge_events([_said(0, "lang"), _said(50, "habeck")], persons=people)) == 2
    # Without knowing they are people, both speak for the German state: one happening.
    assert len(merge_events([_said(0, "lang"), _said(50, "habeck")])) == 1


def _hit(start: int, date: str, basis: str, rule: str) -> Event:
    return Event(
        id=f"h{start}",
        type="ASSAULT",
        source=ActorRef(name="Israel", country="ISR"),
        target=ActorRef(name="Lebanon", country="LBN"),
        factuality="asserted",
        sentence=Span(start, start + 10),
        trigger=Span(start + 2, start + 5, "hit"),
        date=date,
        date_basis=basis,
        attributes={"paragraph": "body", "rule": rule},
    )


@pytest.mark.parametrize(
    ("rule", "merged"),
    [
        # "the attacks" told later took only the day of writing: the October strike.
        ("en:noun:attack", 1),
        # A verb of today is today's news, not the October strike told again.
        ("en:verb:attack", 2),
    ],
)
def test_an_undated_event_noun_names_the_dated_happening(rule, merged) -> None:
    events = [
        _hit(0, "2023-10-13", "explicit", "en:verb:kill"),
        _hit(80, "2024-03-07", "document", rule),
    ]
    assert len(merge_events(events)) == merged


def _arrest(start: int, target: ActorRef, rule: str = "en:verb:arrest") -> Event:
    return Event(
        id=f"a{start}",
        type="COERCE",
        source=None,
        target=target,
        factuality="asserted",
        sentence=Span(start, start + 10),
        trigger=Span(start + 2, start + 5, "arrested"),
        date="2025-01-27",
        date_basis="explicit",
        attributes={"paragraph": "body", "rule": rule},
    )


def test_the_same_word_for_an_act_of_nobody_identified_is_one_happening() -> None:
    two = ActorRef(name="Two people", country=None)
    pair = ActorRef(
        name="woman & man",
        country=None,
        members=[ActorRef(name="woman", country=None), ActorRef(name="man", country=None)],
    )
    assert len(merge_events([_arrest(0, two), _arrest(80, pair)])) == 1
    # Another word, or a party with a country, is no such repeat.
    assert len(merge_events([_arrest(0, two), _arrest(80, pair, "en:verb:detain")])) == 2
    german = ActorRef(name="two Germans", country="DEU")
    assert len(merge_events([_arrest(0, two), _arrest(80, german)])) == 2
