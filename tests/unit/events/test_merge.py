"""Repeated mentions of one happening become one event."""

from __future__ import annotations

import pytest

from chronist.document import ActorRef, Event, Span
from chronist.events.merge import merge_events


def _event(start: int, source: str | None, target: str | None, date: str | None = None,
           kind: str = "body", factuality: str = "asserted") -> Event:  # fmt: skip
    return Event(
        id=f"e{start}",
        type="ASSAULT",
        source=ActorRef(name=source, country=source) if source else None,
        target=ActorRef(name=target, country=target) if target else None,
        factuality=factuality,
        sentence=Span(start, start + 10),
        trigger=Span(start + 2, start + 5, "hit"),
        date=date,
        confidence=0.6,
        attributes={"paragraph": kind},
    )


def test_merge_lead_body_and_caption_into_one() -> None:
    events = [
        _event(0, "ISR", "LBN"),
        _event(50, "ISR", None, "2024-10"),
        _event(90, "ISR", "LBN", kind="caption"),
    ]
    merged = merge_events(events)
    assert len(merged) == 1
    assert len(merged[0].attributes["mentions"]) == 3
    assert merged[0].target.country == "LBN"
    assert merged[0].date == "2024-10"
    assert merged[0].confidence > 0.6


@pytest.mark.parametrize(
    "other",
    [
        _event(50, "RUS", "LBN"),
        _event(50, "ISR", "LBN", factuality="negated"),
    ],
    ids=["other-source", "other-factuality"],
)
def test_merge_keeps_different_happenings_apart(other: Event) -> None:
    assert len(merge_events([_event(0, "ISR", "LBN"), other])) == 2


def test_merge_keeps_different_dates_apart() -> None:
    events = [_event(0, "ISR", "LBN", "2024-10-01"), _event(50, "ISR", "LBN", "2024-10-05")]
    assert len(merge_events(events)) == 2


def test_merge_noun_and_verb_of_one_sentence_despite_unlinked_descriptions() -> None:
    """"Bei einem Angriff russischer Truppen auf Charkiw wurden zwölf Menschen getötet":
    the attack and the killing are one happening; an unlinked description ("zwölf
    Menschen") does not contradict a place, but a known country does."""
    attack = _event(0, "RUS", None)
    attack.target = ActorRef(name="Charkiw", country=None)
    killing = _event(0, None, None)
    killing.target = ActorRef(name="zwölf Menschen", country=None)
    assert len(merge_events([attack, killing])) == 1
    other = _event(0, None, "UKR")
    assert len(merge_events([_event(0, "RUS", "GEO"), other])) == 2
