"""An organisation named by its seat ("a Belgrade-based rights group", "a London-based
consultancy") is of the seat's country, of the sector its head noun names; right after
an organisation's new name it describes that organisation. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "surface", "country", "sector"), [
    ("said Mara Quint, an analyst at a London-based energy consultancy.",
     "energy consultancy", "GBR", "BUS"),
    ("The London-based firm said it would appeal.", "firm", "GBR", "BUS"),
    ("A Geneva-based think tank published the report on Monday.", "think tank", "CHE", "THK"),
])
def test_a_seated_noun_is_of_the_seats_country(stages, text, surface, country, sector):
    mentions = found(link(stages, text), surface)
    assert mentions and (mentions[0].country, mentions[0].sector) == (country, sector)


@pytest.mark.parametrize(("text", "name", "noun", "country"), [
    ("The figures come from the Balkan Truth Centre, a Belgrade-based rights group.",
     "Balkan Truth Centre", "rights group", "SRB"),
    ("The warning came from the Fjord Shore Trust, an Oslo-based conservation group.",
     "Fjord Shore Trust", "conservation group", "NOR"),
])
def test_a_seated_apposition_describes_the_name_before(stages, text, name, noun, country):
    doc = link(stages, text)
    named, description = found(doc, name), found(doc, noun)
    assert named and description
    assert (named[0].country, named[0].sector) == (country, "NGO")
    assert description[0].entity == named[0].entity


@pytest.mark.parametrize(("text", "surface"), [
    ("A Smallville-based charity collected the money.", "charity"),
    ("A Pakistan-based militant group claimed the attack.", "group"),
])
def test_an_unknown_seat_or_a_noun_of_several_sectors_gives_nothing(stages, text, surface):
    assert not any(m.sector == "BUS" for m in found(link(stages, text), surface))
