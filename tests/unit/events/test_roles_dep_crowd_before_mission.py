"""A crowd that marches towards or gathers in front of a foreign mission protests to that
state: "towards"/"toward" are prepositions of place (cues_en spatial_prepositions), and
"in front of the embassy" is named by its noun (roles_dep PREPOSITION_NOUNS), so the
coder's protested body finds the mission; the target was the crowd's own country. A body
of the crowd's own country, and "outside", keep their targets. Full pipeline, sentences of
our own."""

from __future__ import annotations

import pytest
from event_builders import country_pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Hundreds of students marched toward the Indian embassy in Dhaka.", ("BGD", "IND")),
        ("Several thousand people marched towards the Russian embassy in Riga on Sunday.",
         ("LVA", "RUS")),
        ("Protesters gathered in front of the Chinese consulate in Manila.", ("PHL", "CHN")),
        ("Hundreds of people rallied in front of the Israeli embassy in Amman.", ("JOR", "ISR")),
        ("Students marched towards the Turkish consulate in Erbil.", ("IRQ", "TUR")),
    ],
)  # fmt: skip
def test_crowd_before_foreign_mission_protests_to_its_state(events_of, text: str, pair) -> None:
    assert pair in country_pairs(events_of(text, "en"), "PROTEST")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Thousands marched towards the parliament in Tbilisi.", ("GEO", "GEO")),
        ("Protesters gathered in front of the presidential palace in Lima.", ("PER", "PER")),
        ("Hundreds of protesters rallied outside the Chinese embassy in London.",
         ("GBR", "CHN")),
    ],
)  # fmt: skip
def test_own_body_or_outside_unchanged(events_of, text: str, pair) -> None:
    assert pair in country_pairs(events_of(text, "en"), "PROTEST")
