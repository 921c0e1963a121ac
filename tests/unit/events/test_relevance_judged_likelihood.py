"""Likelihood (relevance `hypothetical`): an act in a clause judged likely or unlikely ("Es
ist denkbar, dass …", "Denkbar wäre, dass …", "Es gilt als wahrscheinlich, dass …") or an
event noun whose predicate is such a judgement ("Ein Abzug ist unwahrscheinlich", "halten
einen Angriff für ausgeschlossen") is a speculation, no happening. A hedge on a reported act
("hat wahrscheinlich angegriffen"), an act said or confirmed, and a comparison ("so schnell
wie möglich") stay. Sentences of our own."""

from __future__ import annotations

import pytest


def _triggers(events: list) -> dict[str, str]:
    return {e.trigger.text: e.type for e in events}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Es ist denkbar, dass Russland weitere Truppen an die Grenze schickt.", "schickt"),
        ("Es ist unwahrscheinlich, dass Washington den Vorschlag aus Mexiko akzeptieren wird.",
         "akzeptieren"),
        ("Denkbar wäre auch, dass die Zentralregierung den Ausnahmezustand ausruft.",
         "ausruft"),
        ("Es gilt als wahrscheinlich, dass die EU neue Sanktionen gegen Minsk verhängt.",
         "verhängt"),
        ("Experten halten einen Angriff Chinas auf Taiwan für unwahrscheinlich.", "Angriff"),
        ("Der Präsident hält einen Rückzug der Truppen für ausgeschlossen.", "Rückzug"),
    ],
)  # fmt: skip
def test_an_act_judged_likely_or_unlikely_is_no_happening(events_of, text, trigger) -> None:
    assert trigger not in _triggers(events_of(text, "de"))


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Russland hat die Stadt wahrscheinlich mit Drohnen angegriffen.", "angegriffen",
         "ASSAULT"),
        ("Die Regierung bestätigte, dass die Armee die Stadt angegriffen hat.", "angegriffen",
         "ASSAULT"),
        ("Die EU will so schnell wie möglich neue Sanktionen gegen Russland verhängen.",
         "verhängen", "SANCTION"),
    ],
)  # fmt: skip
def test_hedged_said_and_compared_acts_stay(events_of, text, trigger, expected) -> None:
    assert _triggers(events_of(text, "de")).get(trigger) == expected
