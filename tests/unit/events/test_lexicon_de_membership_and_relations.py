"""German acts on a state's standing: suspending its membership (SANCTION), restoring
relations (SUPPORT, as taking them up), blocking a platform (COERCE, censorship), joining a
mission with forces (MOBILIZE). Full pipeline, sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import acts_of


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        ("Die Ecowas suspendierte am Freitag die Mitgliedschaft Burkina Fasos.", "SANCTION",
         None, "BFA"),
        ("Kuba hat seine diplomatischen Beziehungen zu Israel wiederhergestellt.", "SUPPORT",
         "CUB", None),
        ("Die Regierung Nigerias sperrte am Dienstag die Plattform Telegram.", "COERCE", "NGA",
         None),
        ("Portugal beteiligt sich mit einer Fregatte an der Mission vor der Küste Somalias.",
         "MOBILIZE", "PRT", None),
    ],
)  # fmt: skip
def test_act_on_standing(events_of, text: str, kind: str, source, target) -> None:
    assert any(
        a[0] == kind and a[1] == source and (target is None or a[2] == target)
        for a in acts_of(events_of(text, "de"))
    )


def test_a_suspended_player_is_no_sanction(events_of) -> None:
    text = "Der Verein suspendierte den Spieler nach dem Vorfall für drei Spiele."
    assert not any(e.type == "SANCTION" for e in events_of(text, "de"))
