"""Sentences of our own: an event noun that a work or a remembrance (a film, book, play,
exhibition, a history, an anniversary; relevance_de `work_nouns`, compounds by their end)
is about, in its `work_prepositions` phrase or its genitive, is the work's subject, no
happening; the same noun told as news stays. Sanctions a country suffers or evades are a
standing state (`state_verbs`)."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    "text",
    [
        "Ein Dokumentarfilm über die Proteste in Teheran läuft ab Donnerstag in den Kinos.",
        "Das Theaterstück über den Krieg in Syrien feierte in Hamburg Premiere.",
        "Das Seminar behandelt die Geschichte der Sanktionen gegen Südafrika.",
        "Ein neuer Roman über die Belagerung von Sarajevo ist zum Bestseller geworden.",
    ],
)
def test_work_topic(events_of, text: str) -> None:
    assert events_of(text, "de") == []


@pytest.mark.parametrize(
    "text",
    [
        "Kuba leidet seit Jahrzehnten unter dem Handelsembargo der USA.",
        "Venezuela ist von Sanktionen der USA betroffen.",
    ],
)
def test_standing_sanctions(events_of, text: str) -> None:
    assert "SANCTION" not in types_of(events_of(text, "de"))


def test_reported_protest(events_of) -> None:
    text = "In Teheran protestierten am Montag Tausende Menschen gegen die Regierung."
    assert "PROTEST" in types_of(events_of(text, "de"))
