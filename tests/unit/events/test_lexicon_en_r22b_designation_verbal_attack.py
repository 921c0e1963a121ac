"""A state designating a group a terrorist organisation or proscribing it sanctions the
group (PLOVER SANCTION); designating a candidate or a protected area is no event. A
politician or party attacking another over an issue attacks with words (ACCUSE); an armed
attack "over the weekend" stays an ASSAULT. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import acts_of, types_of


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The United States designated the Houthis a foreign terrorist organisation on "
         "Monday.", "USA"),
        ("Canada has designated the Iranian Revolutionary Guard a terrorist group.", "CAN"),
        ("Britain proscribed Palestine Action under anti-terror laws last week.", "GBR"),
    ],
)  # fmt: skip
def test_designation_is_sanction(events_of, text: str, source: str) -> None:
    assert any(a[0] == "SANCTION" and a[1] == source for a in acts_of(events_of(text, "en")))


@pytest.mark.parametrize(
    "text",
    [
        "The party designated Smith as its candidate for mayor.",
        "The city designated the area a protected zone.",
        "The minister added that terrorist threats remained high.",
    ],
)
def test_designation_controls_no_sanction(events_of, text: str) -> None:
    assert "SANCTION" not in types_of(events_of(text, "en"))


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader attacked the government over rising prices.",
        "Conservative lawmakers attacked the chancellor over the budget deficit.",
        "An opposition senator attacked the defence ministry over the delays.",
        "Opposition politicians attacked Canada over its refusal to act.",
    ],
)
def test_politician_attacking_over_issue_accuses(events_of, text: str) -> None:
    assert types_of(events_of(text, "en")) == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the army base over the weekend.",
        "The opposition leader said the army attacked the village over two days.",
    ],
)
def test_armed_attack_over_time_stays_assault(events_of, text: str) -> None:
    assert "ASSAULT" in types_of(events_of(text, "en"))
