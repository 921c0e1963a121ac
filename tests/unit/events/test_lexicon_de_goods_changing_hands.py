"""German giving told from the receiver or by handing over: "erhielt von Polen Zelte und
Decken" (AID from the von-phrase to the subject), "übergab Litauen zwei Panzer" (AID, not a
withdrawal). Full pipeline, sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import acts_of


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Armenien erhielt am Freitag Zelte und Medikamente aus Frankreich.",
         ("AID", "FRA", "ARM")),
        ("Der Libanon bekam am Sonntag von Ägypten Treibstoff für seine Kraftwerke.",
         ("AID", "EGY", "LBN")),
        ("Finnland übergab Estland am Dienstag drei Haubitzen.", ("AID", "FIN", "EST")),
    ],
)  # fmt: skip
def test_goods_changing_hands_are_aid(events_of, text: str, act: tuple) -> None:
    assert act in acts_of(events_of(text, "de"))


def test_handing_over_a_town_is_no_aid(events_of) -> None:
    text = "Die Rebellen übergaben der Armee Ägyptens am Montag die Kontrolle über die Stadt."
    assert not any(e.type == "AID" for e in events_of(text, "de"))
