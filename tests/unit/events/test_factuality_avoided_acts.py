"""What an actor avoids doing did not happen: a zu-infinitive under a verb of avoiding or
forgoing ("vermied es, … zu kritisieren", "verzichtete darauf, … zu verhängen") is negated,
as under "avoided criticising". Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("language", "text", "trigger"),
    [
        ("de", "Der Präsident vermied es, Russland direkt zu kritisieren.", "kritisieren"),
        ("de", "Die Ministerin vermied es, die Regierung in Minsk für den Anschlag "
         "verantwortlich zu machen.", "machen"),
        ("de", "Die Regierung verzichtete darauf, neue Sanktionen gegen Iran zu verhängen.",
         "verhängen"),
        ("en", "The president avoided criticising Moscow directly.", "criticising"),
    ],
)
def test_factuality_an_avoided_act_is_negated(events_of, language, text, trigger):
    event = by_trigger(events_of(text, language))[trigger]
    assert event.factuality == "negated"


def test_factuality_a_plain_criticism_stays_asserted(events_of):
    event = by_trigger(events_of("Der Präsident kritisierte Russland direkt.", "de"))[
        "kritisierte"]
    assert event.factuality == "asserted"
