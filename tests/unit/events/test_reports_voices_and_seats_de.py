"""Sentences of our own: a capital after "aus" on the verb of a noun of reaction in its
object is its government speaking; a seat in the first constituent belongs to the doer,
not to an event noun later in the clause; and a reaction names who speaks in the Konjunktiv I
that follows it (quotes lexicon cue_verbs reagieren, verurteilen)."""

from __future__ import annotations

import pytest


def _event(events, trigger):
    return next(e for e in events if e.trigger.text == trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Kritik hagelte es am Montag aus Warschau.", "Kritik", "POL"),
        ("Aus Warschau kam am Montag scharfe Kritik.", "Kritik", "POL"),
        ("Kritik gab es auch aus Wien.", "Kritik", "AUT"),
    ],
)
def test_capital_on_the_verb_of_a_voice_object_speaks(events_of, text, trigger, source):
    event = _event(events_of(text, "de"), trigger)
    assert event.source is not None and event.source.country == source


def test_capital_someone_comes_back_from_is_no_voice(events_of) -> None:
    assert not events_of("Aus Moskau kam die Delegation am Montag zurück.", "de")


def test_seat_of_the_doer_is_no_target_of_a_later_event_noun(events_of) -> None:
    event = _event(events_of("Die Regierung in Moskau hat die Angriffe befohlen.", "de"),
                   "Angriffe")
    assert event.source is not None and event.source.country == "RUS"
    assert event.target is None or event.target.country != "RUS"


def test_phrase_of_the_clause_still_names_the_target(events_of) -> None:
    event = _event(events_of("Russland hat in der Ukraine neue Angriffe befohlen.", "de"),
                   "Angriffe")
    assert event.target is not None and event.target.country == "UKR"


@pytest.mark.parametrize(
    "opening",
    ["Das algerische Außenministerium reagierte empört.",
     "Das algerische Außenministerium verurteilte die Abschiebung."],
)
def test_konjunktiv_i_after_a_reaction_is_its_report(events_of, opening) -> None:
    text = f"{opening} Frankreich verstoße gegen das Völkerrecht."
    event = _event(events_of(text, "de"), "verstoße")
    assert (event.type, event.source.country, event.target.country) == ("ACCUSE", "DZA", "FRA")
    assert event.reported_by is not None


def test_indicative_after_a_reaction_is_the_text_speaking(events_of) -> None:
    text = ("Das algerische Außenministerium reagierte empört. "
            "Frankreich verstößt gegen das Völkerrecht.")
    assert not [e for e in events_of(text, "de") if e.trigger.text == "verstößt"]
