"""A sentence to prison puts the person in the state's hands as jailing does (COERCE/arrest);
a death sentence or a verdict of guilt alone is SANCTION/convict. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        (
            "A court in Tehran sentenced the Swedish engineer to nine years in prison.",
            "en",
            "sentenced",
        ),
        ("Ein Gericht in Minsk verurteilte den Blogger zu sechs Jahren Haft.", "de", "verurteilte"),
    ],
)
def test_a_prison_sentence_is_coerce_arrest(events_of, text, lang, trigger) -> None:
    events = events_of(text, lang)
    assert [(e.type, e.mode) for e in events] == [("COERCE", "arrest")]  # the term is no event
    assert events[0].trigger.text == trigger


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("A Russian court convicted the Estonian diplomat.", "en", "convicted"),
        ("A court in Tehran sentenced the Swedish engineer to death.", "en", "sentenced"),
        ("Ein Gericht in Teheran verurteilte den Schweden zum Tode.", "de", "verurteilte"),
    ],
)
def test_a_death_sentence_or_verdict_of_guilt_stays_sanction_convict(
    events_of, text, lang, trigger
) -> None:
    event = by_trigger(events_of(text, lang))[trigger]
    assert (event.type, event.mode) == ("SANCTION", "convict")
