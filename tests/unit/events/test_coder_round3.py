"""Factuality and sense errors found on unseen text (issue #5, round 3), on sentences of
our own."""

from __future__ import annotations


def _by_trigger(events: list) -> dict:
    return {e.trigger.text: e for e in events}


def test_negation_does_not_spread_to_a_finite_conjunct(events_of) -> None:
    text = "The president said he would not veto the law and invited union leaders to talks."
    events = _by_trigger(events_of(text, "en"))
    assert events["invited"].factuality == "asserted"
    assert events["veto"].factuality == "negated"


def test_negation_does_not_spread_to_a_conjunct_with_its_own_auxiliary(events_of) -> None:
    text = "Hanoi will not be bullied and would lodge a formal protest with Beijing."
    events = _by_trigger(events_of(text, "en"))
    assert events["lodge"].factuality != "negated"


def test_negation_still_covers_a_bare_conjunct(events_of) -> None:
    text = "Vietnam will not criticize China or expel its diplomats."
    events = _by_trigger(events_of(text, "en"))
    assert events["expel"].factuality == "negated"
