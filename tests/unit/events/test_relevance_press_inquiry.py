"""Sentences of our own: an inquiry (relevance `press_modes`) whose doer is the press (a news
outlet's sector, `press_sectors`, or a journalist or newsroom noun, `media_nouns`) is a
journalist's work, no political event; prosecutors' inquiries stay."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Der Artikel wurde von einem Redakteur überprüft.", "de"),
        ("Die Behauptung des Senators wurde von der Nachrichtenagentur AFP überprüft.", "de"),
        ("An investigation by the newspaper showed that the ministry had ignored the warnings.",
         "en"),
    ],
)
def test_press_inquiry_is_no_event(events_of, text: str, language: str) -> None:
    assert "ACCUSE" not in types_of(events_of(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Staatsanwaltschaft überprüft die Vorwürfe gegen den Innenminister.", "de"),
        ("Prosecutors opened an investigation into the defence minister on Monday.", "en"),
    ],
)
def test_state_inquiry_stays(events_of, text: str, language: str) -> None:
    assert "ACCUSE" in types_of(events_of(text, language))
