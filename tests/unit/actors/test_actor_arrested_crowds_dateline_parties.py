"""Counted people who are arrested or detained are civilians of their sentence's or the
dateline's country, as are crowds that march or flee; a party the KB lacks in a story
between two countries is the dateline country's; miners, energy and industrial companies
of the KB; a home organ beside a foreign mission or envoy is the host
state's. Sentences written for these tests (issue #4)."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker(published="2026-03-12")


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("LIMA (AP) — Officers detained more than 60 people after clashes outside a mine in "
     "southern Peru, the interior ministry said.", "en", "people", "PER"),
    ("NAIROBI (Reuters) - At least 45 people were arrested overnight, Kenya's police service "
     "said.", "en", "people", "KEN"),
    ("PARIS (AFP) - Die Polizei nahm in der Nacht zum Sonntag mehr als 120 Personen fest.",
     "de", "Personen", "FRA"),
    ("TIFLIS (dpa) - Nach Angaben des Innenministeriums wurden mehr als 50 Menschen "
     "verhaftet.", "de", "Menschen", "GEO"),
])
def test_arrested_crowds_are_civilians(stages, text, lang, surface, country):
    doc = link(stages, text, lang)
    mentions = [m for m in doc.actor_mentions if m.is_actor and m.text.endswith(surface)]
    assert [(m.country, m.sector) for m in mentions] == [(country, "CVL")]


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("NAIROBI (Reuters) - The new water plant will serve 60,000 people in the capital, "
     "Kenya's government said.", "en", "people"),
    ("BERLIN (dpa) - In der Stadt leben rund 80.000 Menschen.", "de", "Menschen"),
])
def test_counted_residents_are_no_actors(stages, text, lang, surface):
    doc = link(stages, text, lang)
    assert not any(m.is_actor for m in doc.actor_mentions if m.text.endswith(surface))


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("TALLINN (Reuters) - Estonia summoned Russia's envoy on Wednesday over a drone that "
     "crossed into its airspace. The Green Future Party, which sits in opposition, accused "
     "the cabinet of weakness.", "Green Future Party", "EST"),
    ("NAIROBI (Reuters) - Kenya's president met his Ugandan counterpart on Monday. In "
     "Uganda, the Free Homeland Party said the meeting achieved nothing.",
     "Free Homeland Party", None),
])
def test_new_party_takes_the_dateline_country(stages, text, surface, country):
    doc = link(stages, text, "en")
    assert [(m.country, m.sector) for m in found(doc, surface)] == [(country, "PTY")]


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("SANTIAGO (Reuters) - Copper prices rose after Codelco cut its output forecast.", "en",
     "Codelco", "CHL"),
    ("KINSHASA (dpa) - Der Staatskonzern Gécamines will seine Verträge neu verhandeln.", "de",
     "Gécamines", "COD"),
])
def test_companies_of_the_kb(stages, text, lang, surface, country):
    doc = link(stages, text, lang)
    assert [(m.country, m.sector) for m in found(doc, surface)] == [(country, "BUS")]


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("KUALA LUMPUR (dpa) - Die amerikanische Botschaft in Kuala Lumpur lobte das Vorgehen "
     "der Behörden.", "de", "Behörden", "MYS"),
    ("LUSAKA (AP) — The Chinese ambassador praised the government for its handling of the "
     "debt talks.", "en", "government", "ZMB"),
    ("BERLIN (dpa) - Die Bundesregierung hat den russischen Botschafter einbestellt. Die "
     "Regierung verlangte Aufklärung.", "de", "Regierung", "DEU"),
])
def test_home_organ_beside_a_foreign_mission_is_the_hosts(stages, text, lang, surface,
                                                           country):
    doc = link(stages, text, lang)
    assert [(m.country, m.sector) for m in found(doc, surface)] == [(country, "GOV")]
