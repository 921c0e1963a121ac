"""An adverbial of time, cause or concession headed by an act noun ("nach dem Angriff auf
Georgien", "wegen der Angriffe auf die Ukraine", "after the attack on Ukraine") tells another
act: the party its noun's complement names is that act's, neither a phrase of the clause's
verb (German morphology frames) nor the sentence's other country the verb is aimed at. The
act's own doer ("nach dem russischen Angriff") stays: a reaction is aimed at whoever did
what it answers. An object's complement stays the verb's ("verhängte Sanktionen gegen
Belarus"), and so does a phrase after an adverbial of purpose ("zu Gesprächen nach
Kinshasa"). Our own sentences."""

from __future__ import annotations

import pytest
from event_builders import country_of, event_of_type


@pytest.mark.parametrize(
    ("language", "text", "event_type", "target"),
    [
        ("de", "Frankreich hatte die Gespräche nach dem russischen Angriff auf Georgien "
         "ausgesetzt.", "SANCTION", "RUS"),
        ("de", "Nach dem Angriff auf Polen hat Litauen die Grenze zu Belarus geschlossen.",
         "COERCE", "BLR"),
        ("de", "Wegen der Angriffe auf die Ukraine hat Japan Sanktionen verhängt.", "SANCTION",
         None),
        ("en", "Japan imposed sanctions after the attack on Ukraine.", "SANCTION", None),
        ("en", "France suspended the talks after the Russian attack on Georgia.", "SANCTION",
         "RUS"),
    ],
)
def test_an_adverbial_act_nouns_party_is_not_the_verbs_target(
    events_of, language, text, event_type, target
) -> None:
    act = event_of_type(events_of(text, language), event_type)
    assert country_of(act.target) == target


def test_the_adverbial_act_noun_keeps_its_complement(events_of) -> None:
    events = events_of(
        "Frankreich hatte die Gespräche nach dem russischen Angriff auf Georgien ausgesetzt.", "de"
    )
    attack = event_of_type(events, "ASSAULT")
    assert country_of(attack.target) == "GEO"


@pytest.mark.parametrize(
    ("language", "text", "event_type", "target"),
    [
        ("de", "Schweden verhängte im März neue Sanktionen gegen Belarus.", "SANCTION", "BLR"),
        ("de", "Der Gesandte werde zu Gesprächen nach Polen reisen, teilte das Ministerium mit.",
         "CONSULT", "POL"),
        ("en", "Japan imposed sanctions on Russia after the attack on Ukraine.", "SANCTION",
         "RUS"),
    ],
)
def test_an_objects_or_purposes_complement_stays_the_verbs(
    events_of, language, text, event_type, target
) -> None:
    act = event_of_type(events_of(text, language), event_type)
    assert country_of(act.target) == target
