"""English "It" opening a sentence as the subject of an acting verb continues the subject
of the sentence before when that is an organisation, organ or country; not a person, a
plural, nor "It" of a stative verb ("It is unclear")."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker("2026-04-01")


@pytest.mark.parametrize(("text", "country", "sector"), [
    ("Ghana's health ministry said on Monday that three clinics in Tamale had closed. "
     "It demanded more money from donors.", "GHA", "GOV"),
    ("Chile's navy reported a collision off Valparaíso on Sunday. It described the "
     "damage as minor.", "CHL", "MIL"),
])
def test_opening_it_continues_the_previous_subject(stages, text, country, sector):
    mentions = found(link(stages, text), "It")
    assert mentions and (mentions[0].country, mentions[0].sector) == (country, sector)


@pytest.mark.parametrize("text", [
    # a stative verb: no referent
    "Ghana's health ministry said on Monday that three clinics had closed. It is "
    "unclear when they will reopen.",
    # a person is no "it"
    "Kwame Mensah, a Ghanaian surgeon, said the clinics had closed. It described the "
    "plan as weak.",
    # a plural subject is taken up by "they", not "it"
    "Ghanaian nurses said the clinics had closed. It demanded more money.",
])
def test_it_takes_up_no_person_plural_or_stative(stages, text):
    assert not found(link(stages, text), "It")
