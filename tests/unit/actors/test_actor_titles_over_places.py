"""A title of a country, then only the places of the post, a comma and a new person's
name ("Der Botschafter Ghanas in Wien, Kofi Mensah", "Peru's consul in Madrid, Ana Ruiz"):
the person holds the title and is of the title's country, not of the place; a verb
between them ("reiste nach Wien, X") makes no title. Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "lang", "name", "country"), [
    ("Der Botschafter Ghanas in Wien, Kofi Mensah, wurde am Montag einbestellt.",
     "de", "Kofi Mensah", "GHA"),
    ("Peru's consul in Madrid, Ana Ruiz, said the detainees were safe.",
     "en", "Ana Ruiz", "PER"),
    ("Der Oppositionsführer Simbabwes, Tendai Moyo, wurde festgenommen.",
     "de", "Tendai Moyo", "ZWE"),
])
def test_the_title_over_places_gives_its_country(stages, text, lang, name, country):
    doc = link(stages, text, lang)
    person = found(doc, name)
    assert person and person[0].country == country


@pytest.mark.parametrize(("text", "name", "country", "sector"), [
    ("Der Bürgermeister von Turin, Luca Bassi, sperrte die Innenstadt.",
     "Luca Bassi", "ITA", "GOV"),
    ("Die Polizeichefin von Durban, Thandi Nkosi, kündigte Kontrollen an.",
     "Thandi Nkosi", "ZAF", "COP"),
    ("Laut dem Gouverneur von Belgorod, Igor Popow, brannte ein Depot.",
     "Igor Popow", "RUS", "GOV"),
])
def test_a_title_of_a_place_with_von_is_the_persons(stages, text, name, country, sector):
    """ "Der Bürgermeister von Turin, Luca Bassi": "von" places the post like "in"."""
    doc = link(stages, text, "de")
    person = found(doc, name)
    assert person and (person[0].country, person[0].sector) == (country, sector)


def test_a_verb_between_makes_no_title(stages):
    text = "Der ghanaische Botschafter reiste nach Wien, Kofi Mensah blieb in Accra."
    doc = link(stages, text, "de")
    person = found(doc, "Kofi Mensah")
    assert not person or person[0].role is None or person[0].country != "GHA"
