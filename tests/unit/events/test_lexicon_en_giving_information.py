"""Giving a date, a figure or a reason is information, no aid ('He gave no date'); giving
money or arms stays aid. Full pipeline, sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import acts_of, types_of


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said talks would resume soon. It gave no date.",
        "The envoy gave no figures for the convoy.",
        "The president gave no reason for the dismissal of his adviser.",
    ],
)
def test_information_given_is_no_aid(events_of, text: str) -> None:
    assert "AID" not in types_of(events_of(text, "en"))


def test_money_given_stays_aid(events_of) -> None:
    text = "Japan gave Ukraine 50 million dollars in humanitarian aid on Tuesday."
    assert ("AID", "JPN", "UKR") in acts_of(events_of(text, "en"))
