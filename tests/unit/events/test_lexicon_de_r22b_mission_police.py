"""Polizisten oder Blauhelme, in eine Mission entsandt, sind Schutz für den Staat, der sie
braucht (AID, CAMEO 074); die Bereitschaft dazu ist eine Zusage (AGREE), keine Drohung.
Soldaten oder Truppen bleiben eine Verlegung (MOBILIZE), ihre angebotene Entsendung eine
Drohung. Eigene Sätze."""

from __future__ import annotations

import pytest
from event_builders import acts_of, types_of


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        ("Kenia erklärte sich bereit, Polizisten nach Haiti zu entsenden.", "AGREE", "KEN", "HTI"),
        ("Bangladesch ist bereit, Blauhelme in den Südsudan zu entsenden.", "AGREE", "BGD", "SSD"),
        ("Ruanda entsandte Friedenssoldaten nach Mosambik.", "AID", "RWA", "MOZ"),
    ],
)  # fmt: skip
def test_police_to_mission(events_of, text: str, etype: str, source: str, target: str) -> None:
    assert (etype, source, target) in acts_of(events_of(text, "de"))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Russland erklärte sich bereit, Truppen nach Belarus zu entsenden.", "THREATEN"),
        ("Frankreich entsandte Soldaten nach Estland.", "MOBILIZE"),
        ("Die Regierung entsandte einen Minister nach Kiew.", "CONSULT"),
    ],
)
def test_troops_and_envoys_unchanged(events_of, text: str, etype: str) -> None:
    assert types_of(events_of(text, "de")) == [etype]
