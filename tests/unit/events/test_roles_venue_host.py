"""Talks or a meeting of one country's party held in another country, with nobody named
to meet, are held with the host state (fills._venue_host), as a visit is: the target was
the doer's own country (the domestic guess) or nobody. A named partner, the doer's own
capital, and acts other than talks keep their targets. Full pipeline, sentences of our
own."""

from __future__ import annotations

import pytest
from event_builders import country_pairs


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Der kenianische Außenminister wird nächste Woche zu Gesprächen in Peking erwartet.",
         "de", ("KEN", "CHN")),
        ("Der kenianische Präsident führte am Montag in Paris Gespräche über Handel.",
         "de", ("KEN", "FRA")),
        ("Die polnische Regierungschefin hielt in Kiew Beratungen über den Wiederaufbau ab.",
         "de", ("POL", "UKR")),
        ("Der chilenische Außenminister kam in Lima zu Gesprächen zusammen.",
         "de", ("CHL", "PER")),
        ("Kenya's foreign minister held talks in Beijing on Monday.", "en", ("KEN", "CHN")),
        ("The Polish prime minister held consultations in Kyiv on reconstruction.",
         "en", ("POL", "UKR")),
        ("The Turkish foreign minister held talks in Baghdad on water sharing.",
         "en", ("TUR", "IRQ")),
    ],
)  # fmt: skip
def test_talks_abroad_are_with_the_host(events_of, text: str, language: str, pair) -> None:
    assert pair in country_pairs(events_of(text, language), "CONSULT")


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        # at home: the doer's own country, as before
        ("Der norwegische Regierungschef führte in Oslo Gespräche mit Gewerkschaften.",
         "de", ("NOR", "NOR")),
        ("Norway's prime minister held talks with union leaders in Oslo.", "en", ("NOR", "NOR")),
        # a partner named: the partner, not the venue
        ("Japan's foreign minister held talks in Seoul with his South Korean counterpart.",
         "en", ("JPN", "KOR")),
    ],
)  # fmt: skip
def test_talks_at_home_or_with_a_partner_unchanged(
    events_of, text: str, language: str, pair
) -> None:
    assert pair in country_pairs(events_of(text, language), "CONSULT")
