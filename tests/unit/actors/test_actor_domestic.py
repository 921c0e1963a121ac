"""The document's domestic country and organs named in full: a noun that names a
different organ in each German-speaking country ("Bundesrat"), organs named for their
field ("Departement für …") and their short forms, spokespeople of a named person.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker(published="2026-03-01")


@pytest.mark.parametrize(("text", "country", "sector"), [
    # a Swiss dateline: the Bundesrat is the federal government
    ("BERN (sda) - Der Bundesrat hat am Dienstag neue Regeln beschlossen.", "CHE", "GOV"),
    # a German one: the chamber of the Länder
    ("BERLIN (dpa) - Der Bundesrat hat am Freitag dem Gesetz zugestimmt.", "DEU", "LEG"),
    # no dateline: the default home country
    ("Der Bundesrat billigte das Gesetz am Freitag.", "DEU", "LEG"),
])
def test_actor_bundesrat_by_domestic_country(stages, text, country, sector):
    hits = found(link(stages, text, "de"), "Bundesrat")
    assert hits and (hits[0].country, hits[0].sector) == (country, sector)


@pytest.mark.parametrize(("text", "surface", "country", "sector"), [
    ("In Berlin hiess es, der Schweizer Bundesrat habe entschieden.", "Schweizer Bundesrat",
     "CHE", "GOV"),
    ("Auch der österreichische Bundesrat stimmte zu.", "österreichische Bundesrat",
     "AUT", "LEG"),
])
def test_actor_country_word_picks_the_organ(stages, text, surface, country, sector):
    hits = found(link(stages, text, "de"), surface)
    assert hits and (hits[0].country, hits[0].sector) == (country, sector)


def test_actor_organ_named_for_its_field_and_short_form(stages):
    doc = link(stages, "BERN (sda) - Das Eidgenössische Departement für Umwelt, Verkehr "
               "und Energie (Uvek) kündigte Kontrollen an. Das Uvek prüft die Lage.", "de")
    full = found(doc, "Eidgenössische Departement für Umwelt, Verkehr und Energie")
    assert full and (full[0].country, full[0].sector) == ("CHE", "GOV")
    short = found(doc, "Uvek")
    assert len(short) == 2 and all((m.country, m.sector) == ("CHE", "GOV") for m in short)
    assert not found(doc, "Umwelt, Verkehr und Energie")


def test_actor_word_in_brackets_after_a_place_stays_a_place(stages):
    doc = link(stages, "Die Universität in Basel (Schweiz) meldete am Montag Zahlen.", "de")
    assert not any(m.sector == "GOV" for m in found(doc, "Schweiz"))


@pytest.mark.parametrize(("text", "country"), [
    ("BERN (sda) - Ein Sprecher des Staatssekretariats für Migration erklärte, die Zahl "
     "sei gestiegen.", "CHE"),
    ("Ein Sprecher von Kanzler Friedrich Merz wollte sich nicht äußern.", "DEU"),
])
def test_actor_spokesperson_takes_the_country_of_whom_he_serves(stages, text, country):
    hits = found(link(stages, text, "de"), "Sprecher")
    assert hits and (hits[0].country, hits[0].sector) == (country, "GOV")
