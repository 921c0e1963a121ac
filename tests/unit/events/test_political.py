"""Which trigger words are political events: actors' identity, senses and the sentence."""

from __future__ import annotations

import pytest

from chronist.document import ActorRef
from chronist.events.data import load_lexicon, load_ontology


@pytest.mark.parametrize(
    ("actor", "political"),
    [
        (ActorRef(name="Frankreich", country="FRA"), True),
        (ActorRef(name="die Rebellen", country=None, sector="REB"), True),
        (ActorRef(name="Anna Beispiel", country=None, entity="chronist:anna-beispiel"), False),
        (ActorRef(name="US-Firmen", country="USA", sector="BUS"), False),
        (ActorRef(name="die Pflanzen", country=None), False),
        (ActorRef(name="a & b", country=None, members=[
            ActorRef(name="a", country=None), ActorRef(name="b", country="DEU")]), True),
    ],
)  # fmt: skip
def test_political_identity_of_an_actor(actor: ActorRef, political: bool) -> None:
    assert load_ontology().is_political(actor) is political


def test_political_lexicon_flags_are_loaded() -> None:
    entries = load_lexicon("en").candidates("verb", "demonstrate")
    assert entries and all(e.political for e in entries)
    helpers = load_lexicon("de").candidates("verb", "helfen")
    assert helpers and all(e.own_actor for e in helpers)
    assert load_lexicon("de").candidates("verb", "liefern")[0].needs == ("obj",)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # A boxer's fight, a plant's help, a runner's time: no political actor anywhere.
        ("de", "Der Boxer Jonas Wegmann rechnet mit einem harten Kampf."),
        ("de", "Viel Schlaf und Ruhe helfen, wieder gesund zu werden."),
        ("en", "The new sleeping bag offers the best warmth for its weight."),
        # The intransitive sense of a transfer verb is no delivery.
        ("de", "Frankreich hat im zweiten Quartal solide geliefert."),
        # A traveller who is nobody in particular: a place is not an actor.
        ("de", "Wer in diesen Tagen nach Kiew reist, erlebt eine seltsame Ruhe."),
        ("en", "Whoever travels to Kyiv these days finds an eerie calm."),
    ],
)
def test_no_event_without_a_political_actor(events_of, language: str, text: str) -> None:
    assert events_of(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "event_type"),
    [
        # Political in itself: a demonstration needs no identified actor.
        ("en", "Thousands of people demonstrated against the new law on Sunday.", "PROTEST"),
        # A state named in the sentence makes a description's act political.
        ("de", "Bewaffnete Männer griffen am Montag einen Posten der russischen Armee an.",
         "ASSAULT"),
        ("en", "The ministry sent weapons and ammunition to Ukraine.", "AID"),
    ],
)  # fmt: skip
def test_political_events_are_kept(events_of, language: str, text: str, event_type: str) -> None:
    assert event_type in [e.type for e in events_of(text, language)]
