"""An event noun in a finite adverbial clause ("after Russia carried out an attack", "as
students held a rally") is a happening of its own, not the content of the main act, and
whoever represses in the main clause does not take its doer away. Sentences of our own."""

from __future__ import annotations

from event_builders import by_trigger


def test_an_event_noun_in_a_finite_adverbial_clause_is_its_own_act(events_of) -> None:
    text = "Ukraine condemned Moscow after Russia carried out a massive drone attack on Kyiv."
    events = by_trigger(events_of(text, "en"))
    assert events["condemned"].type == "ACCUSE"
    attack = events["attack"]
    assert attack.type == "ASSAULT" and attack.source.country == "RUS"


def test_a_protest_in_an_adverbial_clause_keeps_its_doer(events_of) -> None:
    text = "Police arrested dozens of people as students held a rally outside parliament."
    rally = by_trigger(events_of(text, "en"))["rally"]
    assert rally.type == "PROTEST"
    assert rally.source is not None and "student" in (rally.source.name or "")


def test_a_protest_in_the_arrests_own_clause_is_not_the_police(events_of) -> None:
    text = "Police detained twelve people during a rally in the capital."
    for event in events_of(text, "en"):
        if event.type == "PROTEST":
            assert event.source is None or "police" not in (event.source.name or "").lower()


def test_a_purpose_infinitive_stays_the_content_of_its_act(events_of) -> None:
    # "to demand" is what the protest is for, no demand of its own.
    text = "Thousands of farmers staged a protest in Paris to demand lower fuel taxes."
    assert [e.type for e in events_of(text, "en")].count("REQUEST") == 0
