"""Deutsche Prädikate, die ohne Eintrag kein Ereignis gaben (recall23de): Anzeige
erstatten, zur Last legen, wettern, schimpfen, poltern, herziehen (ACCUSE); mitfinanzieren,
kofinanzieren (AID wie finanzieren). Eigene Sätze."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Die Regierung in Rom erstattete Anzeige gegen die Reederei.", "ACCUSE"),
        ("Dem Politiker aus Rumänien wird Bestechung zur Last gelegt.", "ACCUSE"),
        ("Der ungarische Regierungschef wetterte erneut gegen Brüssel.", "ACCUSE"),
        ("Der Präsident Brasiliens polterte gegen die Zentralbank.", "ACCUSE"),
        ("Australien hatte den Bau des Krankenhauses in Fidschi mitfinanziert.", "AID"),
        ("Die Schweiz kofinanzierte den Bau der Schule in Nepal.", "AID"),
    ],
)  # fmt: skip
def test_new_predicates_code_their_type(events_of, text: str, etype: str) -> None:
    assert etype in types_of(events_of(text, "de"))


@pytest.mark.parametrize(
    "text",
    [
        "Die Firma erstattete den Kunden die Kosten.",
        "Die Pflege der Eltern legt ihr eine schwere Last auf die Schultern.",
        "Die Nachbarn schimpften über den Lärm.",
        "Die Eltern finanzieren das Studium ihrer Tochter mit.",
    ],
)
def test_other_senses_code_nothing(events_of, text: str) -> None:
    assert types_of(events_of(text, "de")) == []
