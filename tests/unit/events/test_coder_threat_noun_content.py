"""Sentences of our own: an event noun after the preposition of a noun of threat, demand or
offer (ontology `content_types`: "Drohung mit dem Austritt") is that act's content, no
happening of its own, as after the verb ("drohte mit dem Austritt"); the threat stays."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    "text",
    [
        "Europas Regierungen reagieren gelassen auf Trumps Drohung mit dem Austritt aus der Nato.",
        "Europäer reagieren auf Trumps Drohung mit einem Nato-Austritt.",
    ],
)
def test_threatened_act_is_content(events_of, text: str) -> None:
    types = types_of(events_of(text, "de"))
    assert "THREATEN" in types
    assert "REJECT" not in types
