"""German "X spricht von <Urteil>": a speaker who calls the act at issue a provocation,
piracy or blackmail accuses its doer, like "nannte … eine Provokation" (lexicon_de
'sprechen von'). Speaking of a historic step praises, speaking of a sensation or a crime
in a police report judges nobody politically. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Die Küstenwache hielt den Tanker vor der Küste fest. Teheran sprach von einem Akt "
         "der Piraterie.", "sprach", "IRN"),
        ("Litauen schließt zwei Grenzübergänge – Minsk spricht von Erpressung", "spricht", "BLR"),
        ("Die Marine verlegte zwei Fregatten in die Meerenge. Peking sprach von einer "
         "gezielten Provokation.", "sprach", "CHN"),
    ],
)  # fmt: skip
def test_speaking_of_a_wrong_accuses(events_of, text: str, trigger: str, source: str) -> None:
    event = by_trigger(events_of(text, "de"))[trigger]
    assert event.type == "ACCUSE"
    assert actor_countries(event.source) == {source}


@pytest.mark.parametrize(
    "text",
    [
        "Die Außenministerin sprach von einem historischen Schritt für die Region.",
        "Die Forscher sprachen von einer Sensation für die Archäologie.",
        "Die Polizei sprach von einem besonders brutalen Verbrechen.",
        "Der Bürgermeister sprach mit den Anwohnern über die neue Umgehungsstraße.",
    ],
)
def test_speaking_of_no_wrong_accuses_nobody(events_of, text: str) -> None:
    assert not [e for e in events_of(text, "de") if e.type == "ACCUSE"]
