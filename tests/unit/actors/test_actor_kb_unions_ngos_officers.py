"""Knowledge-base coverage: trade unions and interest groups of several states (NGO, the
convention of the gold files), German and international aid bodies, office
holders of 2025-26 in Germany, the UK and the US, armed groups, and the State
Department's spokesperson as American. Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("text", "lang", "surface", "country", "sector"), [
    ("Die Gewerkschaften FGTB und CSC riefen für Montag zum Generalstreik auf.", "de",
     "CSC", "BEL", "NGO"),
    ("Der Nabu zählte in diesem Sommer deutlich mehr Kraniche.", "de", "Nabu", "DEU", "NGO"),
    ("Der Paritätische Wohlfahrtsverband warnte vor Kürzungen.", "de",
     "Paritätische Wohlfahrtsverband", "DEU", "NGO"),
    ("Unison said its members would walk out next week.", "en", "Unison", "GBR", "NGO"),
    ("The CGIL called a national strike for Friday.", "en", "CGIL", "ITA", "NGO"),
    ("The Norwegian Refugee Council said aid convoys were blocked.", "en",
     "Norwegian Refugee Council", "NOR", "NGO"),
    ("Extinction Rebellion said it would block the bridge again.", "en", "Extinction Rebellion",
     None, "NGO"),
])
def test_unions_and_interest_groups(stages, text, lang, surface, country, sector):
    mentions = found(link(stages, text, lang), surface)
    assert mentions and (mentions[0].country, mentions[0].sector) == (country, sector)


def test_ukrainian_nabu_stays_apart_from_the_german_nabu(stages):
    doc = link(stages, "Das Antikorruptionsbüro NABU ermittelt. Der Nabu zählte Störche.", "de")
    assert {m.country for m in doc.actor_mentions if "NABU" in m.text or m.text == "Nabu"} == {
        "UKR", "DEU"}


@pytest.mark.parametrize(("text", "lang", "surface", "entity"), [
    ("Sportstaatsministerin Christiane Schenderlein lobte die Spielerinnen.", "de",
     "Christiane Schenderlein", "chronist:christiane-schenderlein"),
    ("Kulturstaatsminister Wolfram Weimer verteidigte die Förderung.", "de",
     "Wolfram Weimer", "chronist:wolfram-weimer"),
    ("Health Secretary Wes Streeting rejected the pay claim.", "en", "Wes Streeting",
     "chronist:wes-streeting"),
    ("First Minister John Swinney said Scotland would go its own way.", "en",
     "John Swinney", "chronist:john-swinney"),
    ("Interior Secretary Doug Burgum visited the park on Monday.", "en", "Doug Burgum",
     "chronist:doug-burgum"),
])
def test_office_holders_2025_26(stages, text, lang, surface, entity):
    mentions = [m for m in link(stages, text, lang).actor_mentions if surface in m.text]
    assert mentions and mentions[0].entity == entity


def test_state_department_spokesperson_is_american(stages):
    doc = link(stages, '"Both sides must talk," a State Department spokesperson said.')
    mentions = found(doc, "State Department spokesperson")
    assert mentions and (mentions[0].country, mentions[0].sector) == ("USA", "GOV")


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("The Mai-Mai attacked a village in North Kivu.", "Mai-Mai", "COD"),
    ("The 400 Mawozo gang kidnapped six aid workers.", "400 Mawozo", "HTI"),
    ("The United Wa State Army seized the border town.", "United Wa State Army", "MMR"),
])
def test_armed_groups(stages, text, surface, country):
    mentions = found(link(stages, text), surface)
    assert mentions and (mentions[0].country, mentions[0].sector) == (country, "REB")
