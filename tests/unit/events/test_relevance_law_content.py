"""Sentences of our own: the act in the clause of a verb in the present indicative whose
subject is a law, treaty or rule (relevance `law_nouns`) is the content of that text, no
happening; a past act of a law and an act done under it stay."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The emergency decree gives the Egyptian army the power to detain suspects.", "AID"),
        ("The new ordinance forbids street demonstrations in central Minsk.", "PROTEST"),
        ("The treaty requires Greece and Turkey to share radar data.", "COOPERATE"),
        ("The statute makes it a crime to insult the Thai king.", "ACCUSE"),
    ],
)
def test_law_content(events_of, text: str, type_: str) -> None:
    assert type_ not in types_of(events_of(text, "en"))


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The legislation forced the Israeli agency to expel two Danish aid workers.", "COERCE"),
        ("Belarusian police detained twelve protesters under the new ordinance.", "COERCE"),
    ],
)
def test_acts_stay(events_of, text: str, type_: str) -> None:
    assert type_ in types_of(events_of(text, "en"))
