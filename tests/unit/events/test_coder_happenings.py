"""One event per happening, through the full pipeline: 'again' tells a new happening, a headline
repeated in the body, a deal named by both parties and by one. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries

from chronist.document import ActorRef, Event, Span
from chronist.events.merge import merge_events


def _deal(start: int, source: ActorRef, kind: str) -> Event:
    return Event(
        id=f"e{start}",
        type="AGREE",
        source=source,
        target=None,
        factuality="asserted",
        sentence=Span(start, start + 10),
        trigger=Span(start + 2, start + 5, "deal"),
        confidence=0.6,
        attributes={"paragraph": kind},
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Scholz criticised the Polish plan. In parliament he again criticised the "
            "Polish plan.",
            "en",
        ),
        (
            "Scholz kritisierte den polnischen Plan. Im Bundestag hat er den polnischen Plan "
            "erneut kritisiert.",
            "de",
        ),
    ],
)
def test_again_tells_of_a_new_happening_not_a_repeat(events_of, text, lang) -> None:
    assert len([e for e in events_of(text, lang) if e.type == "ACCUSE"]) == 2


def test_a_headline_with_again_repeated_in_the_body_is_one_happening(events_of) -> None:
    text = (
        "Scholz again criticises Polish plan\n\n"
        "Scholz again criticised the Polish plan in a speech to parliament."
    )
    assert len([e for e in events_of(text, "en") if e.type == "ACCUSE"]) == 1


def test_a_deal_of_two_parties_and_one_of_them_is_one_happening() -> None:
    israel = ActorRef(name="Israel", country="ISR", entity="Q801")
    hamas = ActorRef(name="Hamas", country="PSE", entity="Q38799", sector="REB")
    both = ActorRef(name="Israel & Hamas", country=None, members=[israel, hamas])
    merged = merge_events([_deal(0, both, "title"), _deal(80, hamas, "body")])
    assert len(merged) == 1
    egypt = ActorRef(name="Egypt", country="EGY", entity="Q79")
    assert len(merge_events([_deal(0, both, "title"), _deal(80, egypt, "body")])) == 2


def test_two_verbs_acting_on_different_objects_are_two_acts(events_of) -> None:
    text = (
        "Canada has expelled Iran's military attaché and ordered the closure of an "
        "Iranian-owned bank in Ottawa."
    )
    events = [e for e in events_of(text, "en") if e.type == "SANCTION"]
    assert len(events) == 2
    assert all(actor_countries(e.target) == {"IRN"} for e in events)
