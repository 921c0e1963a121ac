"""Authorities in part of a country ("in eastern Libya", "im östlichen Kongo") are that
country's; German newspapers named by a place adjective and a press word ("Lübecker
Nachrichten"); farmers' associations and statistical offices of the Länder; engineers with
a country word are its civilians. Sentences written for these tests (issue #4)."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker(published="2026-05-12")


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("ROME, May 3 (Reuters) - Italy sent a patrol boat to the area after authorities in "
     "western Libya detained two fishing trawlers.", "en", "authorities", "LBY"),
    ("BERLIN (dpa) - Die Bundesregierung reagierte besorgt, nachdem die Behörden im östlichen "
     "Kongo den Notstand ausgerufen hatten.", "de", "Behörden", "COD"),
    ("ROME, May 3 (Reuters) - Italy sent a patrol boat after authorities in Libya detained "
     "two trawlers.", "en", "authorities", "LBY"),
])
def test_authorities_in_part_of_a_country(stages, text, lang, surface, country):
    doc = link(stages, text, lang)
    assert [(m.country, m.sector) for m in found(doc, surface)] == [(country, "GOV")]


@pytest.mark.parametrize(("text", "surface", "sector"), [
    ("HANNOVER (dpa) - Niedersachsens Ministerpräsident kritisierte die Bundesregierung. Der "
     "Finanzminister sagte der „Braunschweiger Zeitung“, das Land könne nicht helfen.",
     "Braunschweiger Zeitung", "MED"),
    ("KIEL (dpa) - Die Landesregierung in Kiel lehnte den Plan der Bundesregierung ab. Die "
     "Ministerin sagte den „Lübecker Nachrichten“, sie sei enttäuscht.", "Lübecker Nachrichten",
     "MED"),
    ("HANNOVER (dpa) - Das Landvolk Niedersachsen forderte von der Landesregierung mehr Geld.",
     "Landvolk Niedersachsen", "NGO"),
    ("POTSDAM (dpa) - Die Zahl der Betriebe sank um drei Prozent, teilte das Statistische "
     "Landesamt mit.", "Statistische Landesamt", "GOV"),
    ("MAINZ (dpa) - Nach Angaben des Statistischen Landesamtes wuchs die Wirtschaft um ein "
     "Prozent.", "Statistischen Landesamtes", "GOV"),
])
def test_german_bodies(stages, text, surface, sector):
    doc = link(stages, text, "de")
    assert [(m.country, m.sector) for m in found(doc, surface)] == [("DEU", sector)]


def test_known_newspaper_keeps_its_entry(stages):
    doc = link(stages, "BERLIN (dpa) - Der Kanzler sagte der „Süddeutschen Zeitung“, er sei "
               "zuversichtlich.", "de")
    assert [m.entity for m in found(doc, "Süddeutschen Zeitung")] == ["chronist:sueddeutsche"]


def test_engineers_of_a_country(stages):
    doc = link(stages, "PEKING (dpa) - Bei einem Angriff in Pakistan sind zwei chinesische "
               "Ingenieure getötet worden.", "de")
    assert [(m.country, m.sector) for m in found(doc, "chinesische Ingenieure")] == [
        ("CHN", "CVL")
    ]
