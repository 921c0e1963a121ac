"""Names in apposition to what they name: a name right after a state organ noun ("die
Seebehörde MMEA", "dem schwedischen Geheimdienst SÄPO") is that organ, one mention with its
country and sector; an acronym in commas after an organisation's full name ("the Danish
Maritime Safety Authority, DMSA,") is its short form. Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "surface", "country", "sector"), [
    ("Laut dem schwedischen Geheimdienst SÄPO hatte der Mann mehrere Beamte angeworben.",
     "schwedischen Geheimdienst SÄPO", "SWE", "SPY"),
    ("Die Fähre wurde vor Kreta festgesetzt, teilte die griechische Hafenbehörde HPA mit.",
     "griechische Hafenbehörde HPA", "GRC", "GOV"),
    ("Nach Angaben der kenianischen Polizeibehörde NPS wurden zwölf Menschen festgenommen.",
     "kenianischen Polizeibehörde NPS", "KEN", "COP"),
])
def test_a_name_after_a_state_organ_noun_is_that_organ(stages, text, surface, country, sector):
    doc = link(stages, text, "de")
    mentions = found(doc, surface)
    assert mentions and (mentions[0].country, mentions[0].sector) == (country, sector)
    # one mention, not the organ noun and the name apart
    assert not [m for m in doc.actor_mentions if m.text == surface.split()[-1]]


@pytest.mark.parametrize(("text", "acronym", "country"), [
    ("According to the Danish Maritime Safety Authority, DMSA, the tanker had no insurance. "
     "The DMSA said it would inspect the ship.", "DMSA", "DNK"),
    ("The Irish Environmental Protection Agency, EPAI, fined the company on Friday.",
     "EPAI", "IRL"),
])
def test_an_acronym_in_commas_is_the_name_before(stages, text, acronym, country):
    doc = link(stages, text)
    short = found(doc, acronym)
    assert short and all(m.country == country for m in short)
    full = [m for m in doc.actor_mentions if m.end < short[0].start and m.entity == short[0].entity]
    assert full


def test_an_acronym_opening_a_list_is_its_own(stages):
    doc = link(stages, "Shares of the Nordwind Shipping Group, TRX, and Maersk fell on Monday.")
    group, other = found(doc, "Nordwind Shipping Group"), found(doc, "TRX")
    assert group and all(m.entity != group[0].entity for m in other)
