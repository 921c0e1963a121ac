"""A German modal over a perfect infinitive ("sollen … geplant haben", "soll beteiligt
gewesen sein") tells what is alleged or inferred of the past, no duty laid on anyone: an
event noun in such a clause is coded like a verb trigger there. A modal over a plain
infinitive is still an obligation (a demand when someone says it). Sentences of our own."""

from __future__ import annotations

from event_builders import by_trigger


def test_an_event_noun_under_an_alleging_modal_is_coded(events_of) -> None:
    text = "Die beiden Männer sollen Anschläge auf Kasernen in Frankreich geplant haben."
    event = by_trigger(events_of(text, "de"))["Anschläge"]
    assert event.type == "ASSAULT"


def test_a_passive_perfect_infinitive_alleges_too(events_of) -> None:
    text = "Der Offizier soll an der Tötung von Zivilisten in Butscha beteiligt gewesen sein."
    assert by_trigger(events_of(text, "de"))["Tötung"].type == "ASSAULT"


def test_a_modal_over_a_plain_infinitive_stays_a_demand(events_of) -> None:
    text = "Die Regierung muss Sanktionen gegen Russland verhängen, sagte der Minister."
    assert by_trigger(events_of(text, "de"))["verhängen"].type == "REQUEST"


def test_an_event_noun_under_a_plain_obligation_is_no_happening(events_of) -> None:
    # Nobody says it: a necessity the text states, no attack that happened.
    text = "Die Armee muss Angriffe auf Dörfer in der Provinz verhindern."
    assert "Angriffe" not in by_trigger(events_of(text, "de"))
