"""A crowd occupying a building in protest, or storming one, protests (troops storming or
occupying a place stay an attack or a seizure); workers downing tools strike (8b33509's
r22-protest-verbs-en). Sentences of our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Students in Zagreb occupied the law faculty in protest on Monday.", "PROTEST"),
        ("Demonstrators stormed the parliament building in Skopje.", "PROTEST"),
        ("Teachers at state schools in Ghana downed tools on Monday over unpaid wages.", "PROTEST"),
        ("Serbian troops stormed the village near the border.", "ASSAULT"),
        ("Russian troops occupied the Ukrainian nuclear plant.", "COERCE"),
    ],
)
def test_construction_is_coded_as(events_of, text: str, kind: str) -> None:
    assert kind in {e.type for e in events_of(text, "en")}


def test_troops_storming_a_village_are_no_protest(events_of) -> None:
    text = "Serbian troops stormed the village near the border."
    assert "PROTEST" not in {e.type for e in events_of(text, "en")}
