"""An act told before judged by a predicate noun of blame, 'a slap in the face' or 'an
insult': whoever says it accuses the act's doer (lexicon accuse-judged-acts). A slap given
in a fight is no judgement. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A court in Warsaw refused to extradite the suspect to Germany on Monday. The German "
         "foreign minister told reporters the decision was \"a slap in the face for the "
         "victims\".", "slap"),
        ("Poland expelled two Russian diplomats on Monday. Moscow said the expulsion was an "
         "insult to the Russian people.", "insult"),
    ],
)
def test_an_act_judged_by_a_noun_of_blame_accuses_its_doer(events_of, text, trigger) -> None:
    event = by_trigger(events_of(text, "en"))[trigger]
    assert event.type == "ACCUSE"
    assert event.target.country == "POL"


def test_a_slap_given_is_no_judgement(events_of) -> None:
    text = "The boxer gave his rival a slap in the face at the press conference in Warsaw."
    assert not [e for e in events_of(text, "en") if e.type == "ACCUSE"]
