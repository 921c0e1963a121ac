"""The crew of a ship named before takes the ship's country (no ship, no actor); "the
court", "das Gericht", "the agency" refer back to the international court or agency named
before; German body names with a masculine adjective match after an article ("der
Internationale Gerichtshof"); the CDU/CSU group in the Bundestag is the legislature.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import actors, found, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "lang", "surface", "expected"), [
    ("Die Marine stoppte einen türkischen Frachter. Die Besatzung wurde befragt.", "de",
     "Besatzung", ("TUR", "CVL")),
    ("Officers boarded a Panamanian tanker on Friday. The crew was questioned.", "en",
     "crew", ("PAN", "CVL")),
])
def test_a_crew_takes_the_country_of_the_ship_named_before(stages, text, lang, surface,
                                                            expected):
    assert actors(link(stages, text, lang)).get(surface) == expected, text


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("Die russische Besatzung der Halbinsel dauert seit Jahren an.", "de", "Besatzung"),
    ("The crew of the film arrived in Rome on Monday.", "en", "crew"),
])
def test_a_crew_with_no_ship_is_no_actor(stages, text, lang, surface):
    assert surface not in actors(link(stages, text, lang)), text


@pytest.mark.parametrize(("text", "lang", "surface", "entity"), [
    ("The International Court of Justice will rule in May. Chile rejects the court's "
     "jurisdiction.", "en", "court", "Q7801"),
    ("Der Internationale Strafgerichtshof ermittelt seit 2021. Das Gericht lud zwei "
     "Zeugen vor.", "de", "Gericht", "Q47488"),
    ("Inspectors of the International Atomic Energy Agency arrived on Monday. The agency "
     "said the cameras worked.", "en", "agency", "chronist:iaea"),
])
def test_a_court_or_agency_refers_back_to_the_one_named(stages, text, lang, surface, entity):
    assert [m.entity for m in found(link(stages, text, lang), surface)] == [entity], text


@pytest.mark.parametrize(("text", "surface", "entity"), [
    ("Der Internationale Gerichtshof entschied am Montag.", "Internationale Gerichtshof",
     "Q7801"),
    ("Die Klage liegt beim Internationalen Gerichtshof.", "Internationalen Gerichtshof",
     "Q7801"),
])
def test_a_body_name_with_a_masculine_adjective_after_an_article(stages, text, surface,
                                                                 entity):
    assert [m.entity for m in found(link(stages, text, "de"), surface)] == [entity], text


def test_the_union_group_in_the_bundestag_is_the_legislature(stages):
    doc = link(stages, "Die Unionsfraktion verlangte eine Abstimmung.", "de")
    assert actors(doc).get("Unionsfraktion") == ("DEU", "LEG")


def test_the_president_of_guyana(stages):
    doc = link(stages, "President Irfaan Ali met investors on Monday.", "en")
    assert [(m.entity, m.country) for m in found(doc, "President Irfaan Ali")] == [
        ("chronist:irfaan-ali", "GUY")
    ]
