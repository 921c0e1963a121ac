"""German tariffs: a relative pronoun standing for the verb's own frame word is its object
("die Zölle, die Washington seit Mai erhebt"), past a measure after the noun ("Zölle von 20
Prozent, die …"); a "seit" phrase makes the present relative clause an act begun then; a
tariff levied is political with no state named; tariffs doubled are raised; goods after a
tariff noun ("Zölle auf Lieferungen") deliver nothing. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        ("Die Zölle, die Washington seit Mai auf Stahl erhebt, belasten die Hütten.",
         "erhebt", "2025-05"),
        ("Vor allem schaden die Zölle von 20 Prozent, die die USA seit März auf Käse aus "
         "der EU erheben, den Molkereien.", "erheben", "2025-03"),
    ],
)  # fmt: skip
def test_tariffs_levied_since_in_a_relative_clause(events_of, text, trigger, date) -> None:
    event = by_trigger(events_of(text, "de", published="2026-01-20"))[trigger]
    assert event.type == "SANCTION"
    assert actor_countries(event.source) == {"USA"}
    assert event.date == date


def test_a_tariff_levied_is_political_without_a_state(events_of) -> None:
    text = "Seit Mitternacht wird auf Einfuhren von Walzdraht ein Zoll von 40 Prozent erhoben."
    event = by_trigger(events_of(text, "de"))["erhoben"]
    assert event.type == "SANCTION"
    assert event.source is None or "Prozent" not in (event.source.name or "")


def test_tariffs_doubled_are_raised(events_of) -> None:
    text = "Kanada hatte die Zölle auf Autos aus China im Mai verdoppelt."
    event = by_trigger(events_of(text, "de"))["verdoppelt"]
    assert (event.type, actor_countries(event.source)) == ("SANCTION", {"CAN"})


@pytest.mark.parametrize(
    "text",
    [
        "Nach dem Inkrafttreten neuer EU-Zölle auf Lieferungen aus Belarus stiegen die "
        "Preise für Kali.",
        "Die EU verhängte am Montag Zölle auf russische Lieferungen von Getreide.",
    ],
)
def test_goods_a_tariff_is_laid_on_are_no_delivery(events_of, text) -> None:
    assert not [e for e in events_of(text, "de") if e.type == "AID"]

