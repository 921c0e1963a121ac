"""English: a verb in the past or present tense that the parser hangs as a conjunct on a
to-infinitive ("said Ankara expected Athens to respect the agreement and condemned
Greece") joins the nearest verb above of its own tense form and shares its subject
(roles_dep._finite_conjunct_host); it took the infinitive's subject, so doer and target
were swapped. Full pipeline, sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import country_pairs


@pytest.mark.parametrize(
    ("text", "event_type", "pair"),
    [
        ("India's foreign ministry spokesman said New Delhi had never allowed Hasina to conduct "
         "political activities and rejected the remarks by Bangladeshi officials.", "REJECT",
         ("IND", "BGD")),
        ("Turkey's foreign ministry said Ankara expected Athens to respect the agreement and "
         "condemned Greece for the patrols.", "ACCUSE", ("TUR", "GRC")),
        # parsed as intended already: unchanged
        ("Poland's foreign minister said Warsaw would continue to support Kyiv and criticised "
         "Hungary for blocking the aid.", "ACCUSE", ("POL", "HUN")),
        ("Canada's prime minister told Washington to drop the tariffs and accused the United "
         "States of bullying.", "ACCUSE", ("CAN", "USA")),
    ],
)  # fmt: skip
def test_finite_conjunct_shares_subject_of_verb_above(events_of, text, event_type, pair) -> None:
    assert pair in country_pairs(events_of(text, "en"), event_type)
