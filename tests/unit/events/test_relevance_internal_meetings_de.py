"""Sentences of our own: a German meeting whose parties are all organs of one state (its
cabinet, ministers, mayors, police chiefs) is the routine of its government, no
consultation between political actors (relevance_de `internal_consult_types`,
`state_organ_sectors`, `organ_nouns`). A partner of another country, the opposition or
rebels keep the meeting."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    "text",
    [
        "Das österreichische Kabinett kam am Dienstag in Wien zu einer Sitzung zusammen.",
        "Der bayerische Innenminister traf sich am Montag in München mit den"
        " Polizeipräsidenten des Landes.",
        "Die sächsische Ministerpräsidentin traf am Freitag die Landräte des Freistaats.",
    ],
)
def test_internal_meeting(events_of, text: str) -> None:
    assert "CONSULT" not in types_of(events_of(text, "de"))


@pytest.mark.parametrize(
    "text",
    [
        "Der deutsche Außenminister traf am Montag in Paris seinen französischen Amtskollegen.",
        "Die kolumbianische Regierung nahm Gespräche mit den Rebellen der ELN auf.",
        "Der Kanzler traf sich am Mittwoch mit der Opposition zu Gesprächen.",
    ],
)
def test_meeting_between_actors(events_of, text: str) -> None:
    assert "CONSULT" in types_of(events_of(text, "de"))
