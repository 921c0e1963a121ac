"""A promise is coded by what it promises (ontology.yaml `recode`, PLOVER 0.8): a promised
hostile act ("vowed to crush", "versprach, … anzugreifen", "swore to fight on") is a
THREATEN made when the promise is made; a promised cooperative act, a build-up ("vowed to
enlarge its stock of missiles") or a measure PLOVER only reads as an announcement
("promised to impose sanctions") is no threat. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _types(events) -> set[str]:
    return {e.type for e in events}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ecuador's president vowed to crush the armed gangs in the port city."),
        ("en", "The junta in Niamey pledged to attack any foreign force that crossed the border."),
        ("en", "Azerbaijan has promised that it will destroy the separatist positions."),
        ("de", "Die Militärregierung in Bamako versprach, die Rebellen anzugreifen."),
        ("de", "Der Präsident gelobte, die Anführer des Putsches festnehmen zu lassen."),
    ],
)
def test_coder_a_promised_hostile_act_is_a_threat(events_of, language, text):
    events = events_of(text, language)
    assert "THREATEN" in _types(events)
    assert "AGREE" not in _types(events)
    threat = next(e for e in events if e.type == "THREATEN")
    assert threat.factuality == "asserted"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The rebels in Sudan swore to fight on until the army left the capital."),
        ("de", "Die Milizen schworen, die Hauptstadt des Nachbarlandes anzugreifen."),
    ],
)
def test_coder_an_oath_to_a_hostile_act_is_a_threat(events_of, language, text):
    events = events_of(text, language)
    assert "THREATEN" in _types(events)
    assert "ASSAULT" not in _types(events)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Norway pledged to send two field hospitals to Gaza."),
        ("en", "The European Union promised to impose new sanctions on Belarus."),
        ("en", "Pyongyang vowed to enlarge its stock of ballistic missiles."),
        ("de", "Österreich versprach, Moldau beim Ausbau der Stromnetze zu unterstützen."),
    ],
)
def test_coder_a_promised_help_measure_or_build_up_is_no_threat(events_of, language, text):
    assert "THREATEN" not in _types(events_of(text, language))
