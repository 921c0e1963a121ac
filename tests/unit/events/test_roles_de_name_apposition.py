"""A name between commas after a noun ("Die Sprecherin des Ministeriums, Anna Nowak,
warf … vor") is an apposition: the clause goes on after it with the noun as its subject,
so a dative object after the verb stays the addressee. Our own sentences."""

from __future__ import annotations

import pytest
from event_builders import country_of, event_of_type


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target"),
    [
        ("Die Sprecherin des polnischen Außenministeriums, Anna Nowak, warf der ungarischen "
         "Führung vor, die Minderheit zu diskriminieren.", "ACCUSE", "POL", "HUN"),
        ("Der Sprecher der litauischen Regierung, Jonas Petraitis, warf der belarussischen "
         "Führung Provokationen vor.", "ACCUSE", "LTU", "BLR"),
    ],
)
def test_a_name_in_apposition_leaves_the_subject_in_place(
    events_of, text, event_type, source, target
) -> None:
    act = event_of_type(events_of(text, "de"), event_type)
    assert country_of(act.source) == source
    assert country_of(act.target) == target
