"""Acts whose patient must be an actor (relevance `matter_patient_acts`): recognising a fact
or an inquiry into a matter are no acts between actors; recognising a state, an inquiry into
a ministry or a minister's conduct, investigating as a verb stay. Sentences of our own."""

from __future__ import annotations

import pytest


def _triggers(events: list) -> dict[str, str]:
    return {e.trigger.text: e.type for e in events}


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("The Dutch government recognised the urgency of the housing shortage.", "en",
         "recognised"),
        ("The mayor finally recognized the reality that the plan had failed.", "en",
         "recognized"),
        ("Lawmakers demanded a full inquiry into the scandal.", "en", "inquiry"),
        ("The ombudsman said there would be no investigation into the late payments.", "en",
         "investigation"),
        ("Die Polizei erkannte die Dringlichkeit des Problems an.", "de", "erkannte"),
    ],
)  # fmt: skip
def test_a_matter_as_the_patient_is_no_act(events_of, text, lang, trigger) -> None:
    assert trigger not in _triggers(events_of(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "expected"),
    [
        ("Spain recognised Palestine as a state on Tuesday.", "en", "recognised", "SUPPORT"),
        ("The French president supports the Ukrainian government.", "en", "supports",
         "SUPPORT"),
        ("Prosecutors opened an investigation into the minister's conduct.", "en", "opened",
         "ACCUSE"),
        ("The ombudsman launched an investigation into the Interior Ministry.", "en",
         "launched", "ACCUSE"),
        ("Spanien erkannte Palästina als Staat an.", "de", "erkannte", "SUPPORT"),
        ("The British police will investigate the violence at the rally.", "en", "investigate",
         "ACCUSE"),
    ],
)  # fmt: skip
def test_an_actor_as_the_patient_stays(events_of, text, lang, trigger, expected) -> None:
    assert _triggers(events_of(text, lang)).get(trigger) == expected
