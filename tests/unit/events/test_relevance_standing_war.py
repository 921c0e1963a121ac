"""Sentences of our own: a German war noun with no party of its own (a place only says
where) names a war going on, a state, no new act (relevance_de `standing_nouns`); a war of
a named party or one begun, waged or declared (`waging_verbs`) stays."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    "text",
    [
        "Seit Beginn des Krieges im Sudan sind Millionen Menschen geflohen.",
        "Wer den Krieg im Jemen verlängert, handelt verantwortungslos.",
    ],
)
def test_standing_war(events_of, text: str) -> None:
    assert "ASSAULT" not in types_of(events_of(text, "de"))


@pytest.mark.parametrize(
    "text",
    [
        "Die russische Armee begann im Februar 2022 einen Krieg gegen die Ukraine.",
        "Der Krieg Russlands gegen die Ukraine hat Tausende Menschenleben gekostet.",
    ],
)
def test_war_of_a_party(events_of, text: str) -> None:
    assert "ASSAULT" in types_of(events_of(text, "de"))
