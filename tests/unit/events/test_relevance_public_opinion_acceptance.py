"""Sentences of our own: accepting or agreeing in the simple present, said of the public or
a share of it, is an opinion like supporting or opposing (relevance `opinion_types` with
AGREE, `share_nouns`); a party or a state that accepts acts."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    "text",
    [
        "Polls show that almost two-thirds of Republicans accept the president's conduct.",
        "Two-thirds of British voters accept the new border rules.",
    ],
)
def test_share_accepts(events_of, text: str) -> None:
    assert "AGREE" not in types_of(events_of(text, "en"))


@pytest.mark.parametrize(
    "text",
    [
        "The Republican Party accepted the president's conduct.",
    ],
)
def test_party_accepts(events_of, text: str) -> None:
    assert "AGREE" in types_of(events_of(text, "en"))
