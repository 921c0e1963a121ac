"""A place after a preposition of whence ("Raketenangriff aus dem Libanon") is where the doer
came from, not where the act happened: no attack on that country (sentences of our own)."""

from __future__ import annotations

import pytest

from chronist.api import extract


@pytest.mark.parametrize(
    ("text", "origin", "target"),
    [
        ("Bei einem Raketenangriff aus dem Libanon wurden zwei israelische Soldaten verletzt.",
         "LBN", "ISR"),
        ("Im Mai wurden bei einem Drohnenangriff aus Afghanistan vier chinesische Ingenieure "
         "getötet.", "AFG", "CHN"),
    ],
)
def test_departure_place_is_no_target(text: str, origin: str, target: str) -> None:
    doc = extract(text, language="de", published="2026-03-04")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks
    assert all(e.target is not None and e.target.country == target for e in attacks)


def test_place_of_act_stays_target() -> None:
    doc = extract("Bei einem Luftangriff in Syrien wurden fünf Kämpfer getötet.",
                  language="de", published="2026-03-04")
    event = next(e for e in doc.events if e.type == "ASSAULT")
    assert event.target is not None and event.target.country == "SYR"
