"""Conditions (relevance `hypothetical`): an act in the present (or under a modal of a rule)
in the main clause of an open condition, or of a German verb-first one ("Hat das Land …,
muss es …"), says what happens whenever it holds; a "wenn" clause the parser hangs as a
complement is a condition too; an unreal past passive ("if the sanctions were eased, …
would") is imagined. Threats made on a condition, the act in a verb-first condition (coded
as possible) and acts told with a temporal clause stay. Sentences of our own."""

from __future__ import annotations

import pytest


def _triggers(events: list) -> dict[str, str]:
    return {e.trigger.text: e.type for e in events}


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("Hat das Land mehr als zehn Millionen Einwohner, muss es Verträge mit der EU kündigen.",
         "de", "kündigen"),
        ("Wenn Bauern Land fordern, reagiert die Regierung mit Gewalt, Entführungen und Folter.",
         "de", "Gewalt"),
        ("Wenn Bauern Land fordern, reagiert die Regierung mit Gewalt, Entführungen und Folter.",
         "de", "fordern"),
        ("If the sanctions on Russia were eased as part of a deal, the group would have far "
         "less room.", "en", "eased"),
        ("When workers strike, the government responds with force.", "en", "force"),
    ],
)  # fmt: skip
def test_an_act_under_a_condition_is_no_happening(events_of, text, lang, trigger) -> None:
    assert trigger not in _triggers(events_of(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "expected"),
    [
        ("Sollte Iran Israel angreifen, droht Israel mit einem Gegenschlag.", "de", "droht",
         "THREATEN"),
        ("Sollte die Wahlkommission sich weigern, den Kandidaten zuzulassen, will er klagen.",
         "de", "weigern", "REJECT"),
        ("Russland griff am Montag die Stadt an, wie die Regierung mitteilte.", "de", "griff",
         "ASSAULT"),
        ("Russia attacked the city on Monday, when the mayor was meeting ministers.", "en",
         "attacked", "ASSAULT"),
        ("Als die Minister sich trafen, verhängte die EU neue Sanktionen gegen Russland.", "de",
         "verhängte", "SANCTION"),
    ],
)  # fmt: skip
def test_acts_beside_a_condition_or_a_time_clause_stay(
    events_of, text, lang, trigger, expected
) -> None:
    assert _triggers(events_of(text, lang)).get(trigger) == expected
