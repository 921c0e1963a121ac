"""Factuality of plans, nouns folded into a verb's frame, victims, dates per clause and
headline merging, through the full pipeline on sentences of our own."""

from __future__ import annotations

import pytest

from chronist.document import ActorRef, Event, Span
from chronist.events.actors import same_state
from chronist.events.merge import merge_events


def test_coder_bare_future_in_a_report_stays_planned(events_of) -> None:
    text = (
        "The Polish government will send its foreign minister to Vilnius next week "
        "for talks, officials said."
    )
    events = events_of(text, "en")
    event = next(e for e in events if e.trigger.text == "send")
    assert (event.type, event.mode, event.factuality) == ("CONSULT", "visit", "planned")
    # PLOVER's own gold codes the announcement as AGREE: kept as a reading, not the type.
    assert event.attributes["plover_reading"]["type"] == "AGREE"
    assert event.reported_by["name"] == "officials"


def test_coder_a_stated_intent_is_a_planned_act(events_of) -> None:
    # A plan of the actor's own is the planned act; PLOVER reads it as AGREE.
    events = events_of("Spain plans to send aid to Morocco.", "en")
    assert [(e.type, e.factuality) for e in events][:1] == [("AID", "planned")]
    assert events[0].attributes["plover_reading"]["type"] == "AGREE"


@pytest.mark.parametrize(
    ("language", "text", "verb_type", "folded"),
    [
        ("de", "Der iranische Außenminister drohte am Sonntag mit einem Angriff auf Israel.",
         "THREATEN", "ASSAULT"),
        ("de", "Die Regierung in Warschau drohte mit Vergeltungsschlägen gegen Belarus.",
         "THREATEN", "ASSAULT"),
        ("en", "The Greek prime minister called for talks with Turkey.", "REQUEST", "CONSULT"),
    ],
)  # fmt: skip
def test_coder_noun_in_a_threat_or_demand_is_its_content(
    events_of, language: str, text: str, verb_type: str, folded: str
) -> None:
    types = [e.type for e in events_of(text, language)]
    assert verb_type in types
    assert folded not in types


def test_coder_threat_takes_its_mode_from_the_content(events_of) -> None:
    event = events_of("Der iranische Außenminister drohte mit einem Angriff auf Israel.", "de")[0]
    assert (event.type, event.mode) == ("THREATEN", "violence")
    assert event.attributes["content"]["type"] == "ASSAULT"


def test_coder_frame_word_of_a_verb_is_no_event_of_its_own(events_of) -> None:
    # The relative clause splits "Gespräche" from "abgebrochen".
    text = (
        "Die Regierung in Athen hat die Gespräche mit Ankara, die seit Monaten liefen, "
        "abgebrochen."
    )
    types = [e.type for e in events_of(text, "de")]
    assert "REJECT" in types and "CONSULT" not in types


@pytest.mark.parametrize(
    ("language", "text", "victims"),
    [
        ("de", "Bei Luftangriffen auf ein Dorf im Jemen wurden am Montag vier Menschen getötet.",
         "Menschen"),
        ("en", "Four civilians were wounded in an air strike on a market in Yemen.", "civilians"),
    ],
)  # fmt: skip
def test_coder_victims_are_never_the_source(
    events_of, language: str, text: str, victims: str
) -> None:
    events = events_of(text, language)
    assert events
    assert all(e.source is None or victims not in (e.source.name or "") for e in events)


def test_coder_dates_an_event_by_its_own_clause_not_the_dateline(events_of) -> None:
    text = (
        "BERLIN, March 3 (Reuters) - Germany's foreign ministry summoned Iran's ambassador "
        "on Thursday."
    )
    events = events_of(text, "en", published="2024-03-08")
    event = next(e for e in events if e.trigger.text == "summoned")
    assert (event.date, event.date_basis) == ("2024-03-07", "explicit")
    assert event.source is not None and event.source.country == "DEU"


def test_coder_headline_merges_with_the_lead_not_a_flashback(events_of) -> None:
    text = (
        "Lettland weist russische Diplomaten aus\n\n"
        "Die lettische Regierung hat am Montag drei russische Diplomaten ausgewiesen. "
        "Bereits im Januar hatte Lettland einen russischen Diplomaten ausgewiesen."
    )
    events = events_of(text, "de")
    dates = sorted(e.date for e in events if e.type == "SANCTION")
    assert dates == ["2024-01", "2024-06-10"]
    flashback = next(e for e in events if e.date == "2024-01")
    assert len(flashback.attributes["mentions"]) == 1


def _sanction(start: int, source: ActorRef, date: str | None, basis: str | None) -> Event:
    return Event(
        id=f"e{start}",
        type="SANCTION",
        source=source,
        target=ActorRef(name="RUS", country="RUS"),
        factuality="asserted",
        sentence=Span(start, start + 10),
        trigger=Span(start + 2, start + 5, "aus"),
        date=date,
        date_basis=basis,
        confidence=0.6,
        attributes={"paragraph": "body"},
    )


def test_merge_a_state_and_its_government_are_one_actor() -> None:
    state = ActorRef(name="Latvia", country="LVA", entity="Q211")
    government = ActorRef(name="Latvian government", country="LVA", entity="g", sector="GOV")
    events = [_sanction(0, state, "2024-06-12", "document"),
              _sanction(40, government, "2024-06-10", "explicit")]  # fmt: skip
    assert len(merge_events(events)) == 1


def test_merge_undated_headline_keeps_away_from_an_old_date() -> None:
    state = ActorRef(name="Latvia", country="LVA", entity="Q211")
    events = [_sanction(0, state, "2024-06-12", "document"),
              _sanction(90, state, "2024-01", "explicit")]  # fmt: skip
    assert len(merge_events(events)) == 2


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (ActorRef(name="x", country="LVA", sector="GOV"), ActorRef(name="y", country="LVA"), True),
        (ActorRef(name="x", country="LVA", sector="GOV"),
         ActorRef(name="y", country="LVA", sector="CVL"), False),
        (ActorRef(name="x", country="LVA"), ActorRef(name="y", country="EST"), False),
    ],
)  # fmt: skip
def test_coder_same_state(a: ActorRef, b: ActorRef, same: bool) -> None:
    assert same_state(a, b) is same


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        ("de", "Wien sagte, der Extremismus stelle eine Bedrohung für das Land dar.",
         "THREATEN"),
        ("de", "Die Historikerin schreibt in ihrem Buch über Spanien auch über Gewalt.", "ASSAULT"),
        ("de", "Die Polizei warnt vor falschen Handwerkern.", "THREATEN"),
    ],
)  # fmt: skip
def test_coder_danger_and_generic_nouns_are_no_events(events_of, language, text, absent) -> None:
    assert absent not in [e.type for e in events_of(text, language)]


def test_coder_a_warning_to_a_state_is_still_a_threat(events_of) -> None:
    events = events_of("Russland warnte die Ukraine vor weiteren Angriffen.", "de")
    assert "THREATEN" in [e.type for e in events]
