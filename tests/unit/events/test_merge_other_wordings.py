"""In English (cue `body_retells_by_same_verb`), two body sentences past the opening telling
acts of one type and parties by verbs of other senses ("summoned the envoy", later
"condemned the attack") are two acts; the same verb again, an event noun taking the act up,
or the opening's summary in other words is one happening told again. German bodies vary
the verb for one act, so without the cue such a pair stays one happening."""

from __future__ import annotations

from chronist.document import ActorRef, Event, Span
from chronist.events.data import load_cues
from chronist.events.merge import merge_events


def _event(start: int, rule: str, kind: str = "body") -> Event:
    return Event(
        id=f"e{start}",
        type="ACCUSE",
        source=ActorRef(name="Norway", country="NOR"),
        target=ActorRef(name="Chile", country="CHL"),
        factuality="asserted",
        sentence=Span(start, start + 40),
        trigger=Span(start + 2, start + 8, rule.split(":")[-1]),
        confidence=0.6,
        attributes={"paragraph": kind, "rule": rule},
    )


def _merged(events: list[Event], retold_by_same_verb: bool = True) -> int:
    return len(merge_events(events, opening=50, retold_by_same_verb=retold_by_same_verb))


def test_the_cue_is_english_only() -> None:
    assert load_cues("en").body_retells_by_same_verb
    assert not load_cues("de").body_retells_by_same_verb


def test_other_verbs_in_the_body_are_two_acts() -> None:
    assert _merged([_event(100, "en:verb:rebuke"), _event(200, "en:verb:denounce")]) == 2


def test_the_same_verb_again_is_one_act() -> None:
    assert _merged([_event(100, "en:verb:denounce"), _event(200, "en:verb:denounce")]) == 1


def test_an_event_noun_takes_the_act_up() -> None:
    assert _merged([_event(100, "en:verb:denounce"), _event(200, "en:noun:denunciation")]) == 1


def test_the_opening_summarises_in_other_words() -> None:
    opening = _event(0, "en:verb:blame", kind="title")
    assert _merged([opening, _event(100, "en:verb:denounce")]) == 1


def test_a_german_pair_of_other_verbs_stays_one_happening() -> None:
    events = [_event(100, "de:verb:rügen"), _event(200, "de:verb:anprangern")]
    assert _merged(events, retold_by_same_verb=False) == 1
