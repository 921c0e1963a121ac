"""Any act whose own subject names both sides ("beide Seiten", "both governments", "the two
countries") is done by the two parties the text named last: those of the latest act
between two countries, else the two countries named just before. Our own sentences."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, event_of_type


@pytest.mark.parametrize(
    ("text", "language", "kind", "sides"),
    [
        ("Indien und Pakistan lieferten sich am Montag Artilleriegefechte. Beide Seiten "
         "warfen einander Verstöße gegen die Waffenruhe vor.", "de", "ACCUSE", {"IND", "PAK"}),
        ("Kenia und Uganda stritten lange über die Grenze. Beide Regierungen wiesen die "
         "Vorwürfe der UN zurück.", "de", "REJECT", {"KEN", "UGA"}),
        ("India and Pakistan exchanged artillery fire on Monday. Both sides accused each "
         "other of violating the ceasefire.", "en", "ACCUSE", {"IND", "PAK"}),
        ("Serbia and Kosovo blamed each other for the violence. Both sides expelled "
         "diplomats on Monday.", "en", "SANCTION", {"SRB", "XKX"}),
        ("Egypt and Ethiopia have argued over the Nile for years. The two countries agreed "
         "on Monday to hold new talks.", "en", "AGREE", {"EGY", "ETH"}),
    ],
)
def test_both_sides_do_any_act_of_theirs(events_of, text, language, kind, sides) -> None:
    event = event_of_type(events_of(text, language), kind)
    assert actor_countries(event.source) == sides


def test_a_noun_inside_the_act_of_both_sides_is_not_theirs(events_of) -> None:
    # "Verstöße gegen die Waffenruhe": the ceasefire is no act the accusers make.
    events = events_of(
        "Indien und Pakistan lieferten sich am Montag Artilleriegefechte. Beide Seiten "
        "warfen einander Verstöße gegen die Waffenruhe vor.", "de"
    )
    assert not [e for e in events if e.type == "RETREAT" and e.factuality == "asserted"]
