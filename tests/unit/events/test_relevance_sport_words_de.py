"""Sentences of our own: words of the league table, clubs and titles (relevance_de
`sport_words`) make a German paragraph a sports report, whose contest words are no
political events."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Der FC Bayern hat die Tabellenspitze nach dem 3:0-Sieg gegen Mainz verteidigt.",
        "Der Titelverteidiger schlug den Aufsteiger aus Kiel im eigenen Stadion.",
    ],
)
def test_sports_report(events_of, text: str) -> None:
    assert events_of(text, "de") == []
