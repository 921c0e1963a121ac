"""Sentences of our own: a stance in a simple-present relative clause whose subject is a
bare plural names a kind of holder, no one who took it (relevance `kind_stance_types`); a
definite or counted noun keeps the stance. The conjuncts of a simple-present relative clause
describe its noun as the first verb does (`habitual_types`)."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The foundation gives money to groups that oppose the Russian government.", "REJECT"),
        ("The ministry fined newspapers that criticise the Iranian government.", "ACCUSE"),
        ("The Iranian regime, which jails journalists and restricts the press, was condemned.",
         "COERCE"),
    ],
)
def test_kind_or_description(events_of, text: str, type_: str) -> None:
    assert type_ not in types_of(events_of(text, "en"))


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The ministry fined two newspapers that criticise the Iranian government.", "ACCUSE"),
        ("The ministry fined the newspapers that criticised the Iranian government.", "ACCUSE"),
        ("The opposition party, which supports the ban, criticised the government.", "SUPPORT"),
    ],
)
def test_stance_kept(events_of, text: str, type_: str) -> None:
    assert type_ in types_of(events_of(text, "en"))
