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


def test_a_verb_first_condition_is_possible_and_no_demand(events_of) -> None:
    text = (
        "Sollte Washington neue Zölle verhängen, werde Peking mit Gegenmaßnahmen antworten, "
        "sagte der Minister."
    )
    events = _by_trigger(events_of(text, "de"))
    assert events["verhängen"].type == "SANCTION"
    assert events["verhängen"].factuality == "possible"
    threat = events["antworten"]
    assert (threat.type, threat.factuality) == ("THREATEN", "asserted")
    assert threat.target is not None and threat.target.country == "USA"


def test_an_event_noun_in_a_falls_clause_is_possible(events_of) -> None:
    text = (
        "Falls die EU weitere Sanktionen beschließt, werde Russland mit Gegenmaßnahmen "
        "reagieren."
    )
    events = _by_trigger(events_of(text, "de"))
    assert events["Sanktionen"].factuality == "possible"
    assert "plover_reading" not in events["Sanktionen"].attributes
    assert events["reagieren"].type == "THREATEN"


def test_an_if_clause_is_no_promise_and_the_answer_is_a_threat(events_of) -> None:
    text = "If the EU imposes new sanctions, his government will respond with countermeasures."
    events = events_of(text, "en")
    assert [e.type for e in events if e.trigger.text == "respond"] == ["THREATEN"]
    assert all(e.type != "AGREE" for e in events)
