"""Sentences of our own: an adverb of frequency with a verb in the present indicative,
active or passive, tells a habit, no happening (relevance `frequency_adverbs`), and so
does an act after a present verb of tendency (`habit_verbs`); with the past or the perfect
it reports acts and stays."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Beijing regularly sends warships into the waters around the Senkaku islands.", "AID"),
        ("Moscow often accuses Estonia of mistreating its Russian minority.", "ACCUSE"),
        ("Street protests in Tehran are frequently broken up by riot police.", "COERCE"),
        ("Pyongyang tests short-range missiles several times a year.", "MOBILIZE"),
        ("Every year, Greek and Egyptian warships hold joint drills near Crete.", "MOBILIZE"),
        ("Armed gangs tend to attack aid convoys in the dry season.", "ASSAULT"),
    ],
)
def test_habit(events_of, text: str, type_: str) -> None:
    assert type_ not in types_of(events_of(text, "en"))


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Moscow repeatedly accused Estonia of bias last week.", "ACCUSE"),
        ("Tehran has repeatedly rejected the charges.", "REJECT"),
        ("Pyongyang tested two short-range missiles on Monday.", "MOBILIZE"),
        ("Erdogan lashes out at Sweden in harsh and sometimes personal terms.", "ACCUSE"),
    ],
)
def test_repeated_acts(events_of, text: str, type_: str) -> None:
    assert type_ in types_of(events_of(text, "en"))
