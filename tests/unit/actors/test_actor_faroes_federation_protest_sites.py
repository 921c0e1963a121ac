"""The Faroe Islands are their own actor (FRO, with Faroese and Tórshavn), not Denmark;
state oil and seafood companies of the KB; the German federation in "beim Bund" and the
Länder beside it ("von Land und Bund"), but no federation inside a hyphenated name
("Arbeiter-Samariter-Bund"); a ministry in front of which people protest is an actor,
a court a case is heard before is a venue. Sentences written for these tests (issue #4)."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker(published="2026-05-12")


@pytest.mark.parametrize(("text", "lang", "surface", "country", "sector"), [
    ("REYKJAVIK (Reuters) - Iceland's fisheries ministry said the Faroese government had "
     "ignored scientific advice.", "en", "Faroese government", "FRO", "GOV"),
    ("BRUSSELS (Reuters) - The Faroese foreign minister met EU officials to discuss herring "
     "catches.", "en", "Faroese foreign minister", "FRO", "GOV"),
    ("KOPENHAGEN (dpa) - Die färöische Regierung wies die Kritik aus Oslo zurück.", "de",
     "färöische Regierung", "FRO", "GOV"),
    ("NUUK (Reuters) - Greenland's government said it would hold talks with Copenhagen.",
     "en", "Greenland's government", "DNK", "GOV"),
])
def test_faroese_bodies(stages, text, lang, surface, country, sector):
    doc = link(stages, text, lang)
    assert [(m.country, m.sector) for m in found(doc, surface)] == [(country, sector)]


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("COPENHAGEN (Reuters) - The Faroe Islands rejected a new quota proposal from Iceland on "
     "Friday.", "en", "Faroe Islands"),
    ("OSLO (Reuters) - Norway said talks would continue unless Torshavn walked away from the "
     "table.", "en", "Torshavn"),
    ("OSLO (dpa) - Die Färöer lehnten das Angebot Norwegens ab.", "de", "Färöer"),
])
def test_faroe_islands_by_name(stages, text, lang, surface):
    doc = link(stages, text, lang)
    assert [m.entity for m in found(doc, surface)] == ["Q4628"]


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("ANKARA (Reuters) - Turkish Petroleum will drill two more wells in the Black Sea this "
     "year.", "en", "Turkish Petroleum", "TUR"),
    ("ANKARA (dpa) - Der Staatskonzern TPAO will vor der Küste Somalias nach Öl suchen.", "de",
     "TPAO", "TUR"),
    ("BERGEN (Reuters) - Shares in Austevoll Seafood fell 3% after the company cut its "
     "forecast.", "en", "Austevoll Seafood", "NOR"),
])
def test_companies_of_the_kb(stages, text, lang, surface, country):
    doc = link(stages, text, lang)
    assert [(m.country, m.sector) for m in found(doc, surface)] == [(country, "BUS")]


@pytest.mark.parametrize(("text", "surface"), [
    ("MAGDEBURG (dpa) - Der Bauernverband forderte von Land und Bund schnelle Hilfe für die "
     "Betriebe.", "Land"),
    ("KIEL (dpa) - Die Ministerin versprach, sich beim Bund für mehr Geld einzusetzen.", "Bund"),
    ("BERLIN (dpa) - Bund und Länder einigten sich am Abend auf neue Regeln.", "Länder"),
    ("MAINZ (dpa) - Rund 300 Winzer demonstrierten am Freitag vor dem Umweltministerium in "
     "Mainz.", "Umweltministerium"),
])
def test_german_governments(stages, text, surface):
    doc = link(stages, text, "de")
    assert [(m.country, m.sector) for m in found(doc, surface) if m.is_actor] == [("DEU", "GOV")]


@pytest.mark.parametrize(("text", "surface"), [
    ("MÜNCHEN (dpa) - Der Arbeiter-Samariter-Bund schickte zehn Helfer in das "
     "Hochwassergebiet.", "Bund"),
    ("MÜNCHEN (dpa) - Der Bund für Vogelschutz kritisierte den Bau der Straße.", "Bund"),
    ("HAMBURG (dpa) - Viele Familien ziehen aufs Land, weil die Mieten steigen.", "Land"),
    ("HANNOVER (dpa) - Die Ministerpräsidenten der Länder trafen sich in Berlin.", "Länder"),
    ("ERFURT (dpa) - Die Klage des Betriebsrats scheiterte vor dem Arbeitsgericht.",
     "Arbeitsgericht"),
])
def test_no_government_there(stages, text, surface):
    doc = link(stages, text, "de")
    assert not any(m.is_actor for m in found(doc, surface))
