"""Sentences of our own: a German law, treaty, rule or programme as the subject of a verb in
the present indicative says what the text lays down, no happening (relevance_de
`law_nouns`); a government's act stays."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    "text",
    [
        "Das Gesetz erlaubt der Polizei, Verdächtige bis zu vier Tage festzuhalten.",
        "Das Förderprogramm finanziert Sprachkurse für Geflüchtete.",
        "Der Vertrag verpflichtet die Mitglieder zur Hilfe im Fall eines Angriffs.",
    ],
)
def test_law_content(events_of, text: str) -> None:
    assert events_of(text, "de") == []


def test_act_of_government(events_of) -> None:
    text = "Die Regierung in Athen ließ am Dienstag zwölf Verdächtige festnehmen."
    assert "COERCE" in types_of(events_of(text, "de"))
