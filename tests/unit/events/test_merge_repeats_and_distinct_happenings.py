"""One event per happening: a headline, its lead and a later back-reference are one
happening; two attacks on different days or places, two visits or meetings by different
people, two seizures of different ships stay two. Full pipeline and hand-built events,
sentences of our own."""

from __future__ import annotations

import pytest

from chronist.document import ActorRef, Event, Span
from chronist.events.merge import merge_events


def _kinds(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.type == kind]


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("en", "Russia attacks Kharkiv\n\nRussia attacked the city of Kharkiv with drones "
               "overnight on Monday. The attack on Kharkiv lasted several hours.", "ASSAULT"),
        ("de", "Russland hat in der Nacht zum Montag die Stadt Charkiw mit Drohnen angegriffen. "
               "Der Angriff auf Charkiw dauerte mehrere Stunden.", "ASSAULT"),
        ("de", "Polizei nimmt Demonstranten fest\n\nDie Polizei in Minsk hat am Montag 45 "
               "Demonstranten festgenommen.", "COERCE"),
    ],
)  # fmt: skip
def test_a_happening_told_again_is_one_event(events_of, language, text, kind) -> None:
    assert len(_kinds(events_of(text, language), kind)) == 1


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("en", "Russia attacked Kharkiv on Monday. On Thursday, Russia attacked Odesa.",
         "ASSAULT"),
        ("de", "Russland griff am Montag Charkiw an. Am Donnerstag griff Russland Odessa an.",
         "ASSAULT"),
        ("en", "Macron visited Kyiv on Tuesday. Scholz visited Kyiv on Wednesday.", "CONSULT"),
        ("de", "Macron besuchte am Dienstag Kiew. Am Mittwoch besuchte Scholz Kiew.", "CONSULT"),
        ("en", "Macron met Zelensky in Kyiv on Tuesday. Scholz met Zelensky in Kyiv on Tuesday.",
         "CONSULT"),
        ("en", "Iran seized a British tanker in the Gulf last week. On Monday, Iran seized a "
               "Greek tanker in the Gulf.", "COERCE"),
    ],
)  # fmt: skip
def test_two_happenings_of_one_type_stay_two(events_of, language, text, kind) -> None:
    assert len(_kinds(events_of(text, language), kind)) == 2


def _search(start: int, target: ActorRef, date: str = "2026-03-11") -> Event:
    police = ActorRef(name="Polizei", country="DEU", sector="COP")
    return Event(
        id=f"e{start}",
        type="COERCE",
        source=police,
        target=target,
        factuality="asserted",
        sentence=Span(start, start + 10),
        trigger=Span(start + 2, start + 5, "raid"),
        date=date,
        date_basis="explicit",
        attributes={"paragraph": "body", "rule": "de:verb:durchsuchen"},
    )


def _described(*names: str) -> ActorRef:
    members = [ActorRef(name=n, country=None) for n in names]
    return ActorRef(name=" & ".join(names), country=None, members=members)


GROUP = ActorRef(name="Reichsbürger", country="DEU", entity="x:group", sector="REB")


def test_coordinated_descriptions_name_nobody() -> None:
    """ "Razzia gegen eine Gruppe" and "Beamte durchsuchten 19 Wohnungen und Geschäfts-
    räume": places searched, coordinated, are no party that contradicts the group."""
    events = [_search(0, GROUP), _search(300, _described("19 Wohnungen", "Geschäftsräume"))]
    assert len(merge_events(events)) == 1


def test_coordinated_named_parties_still_differ() -> None:
    france = ActorRef(name="Frankreich", country="FRA", entity="Q142")
    spain = ActorRef(name="Spanien", country="ESP", entity="Q29")
    both = ActorRef(name="Frankreich & Spanien", country=None, members=[france, spain])
    assert len(merge_events([_search(0, GROUP), _search(300, both)])) == 2


@pytest.mark.parametrize(
    ("week", "day", "merged"),
    [("2026-W11", "2026-03-11", 1), ("2026-W11", "2026-03-16", 2), ("2026-W11", "2026-03-08", 2)],
)
def test_a_week_holds_its_days(week: str, day: str, merged: int) -> None:
    """ "Vergangene Woche durchsuchte die Polizei …" and "am Mittwoch durchsuchte …": the
    Wednesday of that week is the same time; the Monday after or the Sunday before not."""
    events = [_search(0, GROUP, week), _search(300, GROUP, day)]
    assert len(merge_events(events)) == merged
