"""German "auflösen" of a march, a blockade or a crowd: the police dispersing it is a
coercive act (COERCE), like dispersing a demonstration. Dissolving a choir, a contract or
a tablet in water is no event. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Die französische Polizei löste den Marsch der Bauern in Paris am Abend auf.", "löste"),
        ("Die Polizei in Belgrad löste die Blockade der Studenten vor dem Parlament auf.",
         "löste"),
        ("Georgische Sicherheitskräfte lösten den Protestzug in Tiflis mit Wasserwerfern auf.",
         "lösten"),
    ],
)  # fmt: skip
def test_dispersing_a_march_or_blockade_is_coercion(events_of, text: str, trigger: str) -> None:
    assert by_trigger(events_of(text, "de"))[trigger].type == "COERCE"


@pytest.mark.parametrize(
    "text",
    [
        "Der Kirchenchor löste sich nach vierzig Jahren auf.",
        "Die Tablette löst sich in Wasser schnell auf.",
        "Die beiden Unternehmen lösten ihren Vertrag im Sommer auf.",
        "Nach dem Konzert löste sich die Menschenmenge langsam auf.",
    ],
)
def test_dissolving_no_crowd_coerces_nobody(events_of, text: str) -> None:
    assert not [e for e in events_of(text, "de") if e.type == "COERCE"]
