"""A pronoun object of a rejection ("rejected this", "wies das zurück") stands for the latest
act told before by someone else, as for a judgement ("called it a violation"): its doer is
the target, not the rejecter's own country. An "es" anticipating a clause of its verb
("lehnte es ab, … zu öffnen") is no such pronoun. Our own sentences."""

from __future__ import annotations

import pytest
from event_builders import country_of, event_of_type


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Der litauische Außenminister warf Belarus vor, Migranten an die Grenze zu "
         "bringen. Der belarussische Präsident wies das zurück."),
        ("en", "The Lithuanian foreign minister accused Belarus of pushing migrants to the "
         "border. The Belarusian president rejected this."),
    ],
)
def test_a_rejected_pronoun_targets_the_doer_of_the_act_told_before(
    events_of, language, text
) -> None:
    rejection = event_of_type(events_of(text, language), "REJECT")
    assert country_of(rejection.source) == "BLR"
    assert country_of(rejection.target) == "LTU"


def test_a_pronoun_anticipating_a_clause_stands_for_no_earlier_act(events_of) -> None:
    # "lehnte es ab, … zu öffnen": the "es" is the infinitive's placeholder, what Poland
    # refuses to do, not the Lithuanian accusation before it.
    events = events_of(
        "Der litauische Außenminister warf Belarus vor, Migranten an die Grenze zu bringen. "
        "Polen lehnte es ab, die Grenze zu öffnen.",
        "de",
    )
    refusal = event_of_type(events, "REJECT")
    assert country_of(refusal.source) == "POL"
    assert country_of(refusal.target) != "LTU"
