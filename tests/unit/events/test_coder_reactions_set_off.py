"""recall24de: a reaction someone's act sets off ("löste in Zagreb Kritik aus", "rief
Kritik hervor") or meets among others ("stieß bei X auf Kritik") is aimed at the act's doer
and given by those among whom it arises. Own sentences."""

from __future__ import annotations

import pytest
from event_builders import country_pairs


@pytest.mark.parametrize(
    ("text", "etype", "pair"),
    [
        ("Die Ankündigung Serbiens löste in Zagreb scharfe Kritik aus.", "ACCUSE", ("HRV", "SRB")),
        ("Der Schritt Chinas löste Kritik aus Washington aus.", "ACCUSE", ("USA", "CHN")),
        ("Der Plan der israelischen Regierung stieß bei Frankreich auf heftige Kritik.", "ACCUSE",
         ("FRA", "ISR")),
        ("Der Vorschlag Polens stieß bei Deutschland auf Ablehnung.", "REJECT", ("DEU", "POL")),
    ],
)  # fmt: skip
def test_reaction_aimed_at_who_set_it_off(events_of, text: str, etype: str,
                                          pair: tuple[str, str]) -> None:
    assert pair in country_pairs(events_of(text, "de"), etype)


def test_act_in_a_mit_phrase_keeps_its_doer(events_of) -> None:
    # "mit dem Angriff": the act is no object of the verb, so its doer stays the doer
    events = events_of("Russland löste mit dem Angriff eine Fluchtwelle aus.", "de")
    assert ("RUS", None) in country_pairs(events, "ASSAULT")
