"""German suspensions: a government suspending its own law or reform gives way (CONCEDE, as
"kippen" and "zurücknehmen"); an agreement set "außer Kraft" is suspended like one "ausgesetzt"
(SANCTION/discontinue), a constitution set aside is repression (COERCE). A court suspending
a law and aid suspended keep their reading. Full pipeline, sentences of our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Die Regierung Perus setzte die umstrittene Rentenreform nach den Protesten aus.",
         "CONCEDE"),
        ("Moskau setzte das Abkommen über den Schiffsverkehr mit Norwegen außer Kraft.",
         "SANCTION"),
        ("Die Militärjunta in Niger setzte die Verfassung des Landes außer Kraft.", "COERCE"),
        ("Die Niederlande setzten die Entwicklungshilfe für Mali aus.", "SANCTION"),
    ],
)  # fmt: skip
def test_suspension_typed(events_of, text: str, kind: str) -> None:
    assert kind in {e.type for e in events_of(text, "de")}


def test_a_court_suspending_a_law_gives_no_concession(events_of) -> None:
    text = "Das Verfassungsgericht Kolumbiens setzte das Gesetz vorläufig aus."
    assert "CONCEDE" not in {e.type for e in events_of(text, "de")}
