"""Sentences of our own: a verb of pressure in the negated passive states resolve ("will not
be intimidated": relevance `defiance_verbs`), an act doubted by unnamed onlookers is
speculation (`speculation_verbs`: doubt), and giving an account or seeking a term are other
senses of give (AID) and seek (REQUEST). The acts themselves stay."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ('"We will not be intimidated by these threats," the foreign minister said.', "THREATEN"),
        ("Lithuania will not be blackmailed, the president told reporters.", "THREATEN"),
        ("The protesters were not intimidated by the police.", "THREATEN"),
        ("Most analysts doubt that Russia is preparing an attack on Latvia.", "THREATEN"),
        ("Most analysts doubt that Beijing is planning an invasion of Taiwan.", "ASSAULT"),
        ("Diplomats doubted that Moscow would withdraw its troops.", "RETREAT"),
        ("The ministry gave a different account of the clash.", "AID"),
        ("The prime minister is seeking a third term in next month's election.", "REQUEST"),
        ("The senator is seeking the Republican nomination.", "REQUEST"),
    ],
)
def test_resolve_doubt_and_other_senses_are_no_events(events_of, text: str, absent: str) -> None:
    assert absent not in types_of(events_of(text, "en"))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Police intimidated the witnesses, the lawyer said.", "THREATEN"),
        ("The government threatened to expel the diplomats.", "THREATEN"),
        ("There is no doubt that Russia attacked the power plant.", "ASSAULT"),
        ("Without doubt, the army shelled the town overnight.", "ASSAULT"),
        ("The minister gave Ukraine 200 tanks.", "AID"),
        ("Germany gave 5 million euros in aid to Sudan.", "AID"),
        ("The government sought the extradition of the former minister from Spain.", "REQUEST"),
        ("The opposition seeks talks with the government.", "REQUEST"),
    ],
)
def test_acts_of_pressure_giving_and_seeking_stay(events_of, text: str, kept: str) -> None:
    assert kept in types_of(events_of(text, "en"))
