"""Crewed warcraft act for their force in English too ("a fighter jet shot down the
drone"); a capital after a noun of answer, denial or order is its government speaking
("the answer from Beijing", "ein Dementi aus Moskau"); bodies that govern a sport are
NGOs; named coast guards and armed services carry their country and sector.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import linker

from chronist.actors import build_stage

link = linker("2026-11-30")


@pytest.fixture(scope="session")
def stages():
    return {"de": build_stage("de"), "en": build_stage("en")}


def _covering(doc, surface: str):
    start = doc.text.index(surface)
    end = start + len(surface)
    return [m for m in doc.actor_mentions if m.is_actor and m.start < end and m.end > start]


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Japan's Defence Ministry said two destroyers would join the exercise next week.",
     "destroyers", "JPN"),
    ("Egypt's navy said two frigates would escort commercial ships through the canal.",
     "frigates", "EGY"),
    ("Greece said on Monday that a Turkish frigate had entered its waters.",
     "Turkish frigate", "TUR"),
    ("Norway's armed forces said a corvette shadowed the Russian submarine.",
     "Russian submarine", "RUS"),
])
def test_crewed_craft_act_for_their_force(stages, text, surface, country):
    hits = _covering(link(stages, text), surface)
    assert hits and (hits[0].country, hits[0].sector) == (country, "MIL"), hits


@pytest.mark.parametrize("text", [
    "A drone struck a fuel depot in the region overnight, officials said.",
    "Missiles hit the port city early on Friday.",
])
def test_unmanned_weapons_stay_no_actor(stages, text):
    doc = link(stages, text)
    assert not any(m.sector == "MIL" and m.is_actor for m in doc.actor_mentions)


def test_craft_after_a_named_force_is_no_second_mention(stages):
    doc = link(stages, "A U.S. Navy destroyer sailed through the strait on Thursday.")
    military = [m for m in doc.actor_mentions if m.sector == "MIL" and m.is_actor]
    assert len(military) == 1 and military[0].country == "USA", military


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("Die Antwort aus Peking kam prompt.", "de", "Peking", "CHN"),
    ("Ein Dementi aus Moskau folgte wenige Stunden später.", "de", "Moskau", "RUS"),
    ("Rückendeckung aus Berlin erhielt der Minister nicht.", "de", "Berlin", "DEU"),
    ("The answer from Beijing came within hours.", "en", "Beijing", "CHN"),
    ("Orders from Moscow were ignored by local commanders.", "en", "Moscow", "RUS"),
    ("There was no denial from Tehran by Thursday evening.", "en", "Tehran", "IRN"),
])
def test_a_voice_from_a_capital_is_its_government(stages, text, lang, surface, country):
    hits = _covering(link(stages, text, lang), surface)
    assert hits and (hits[0].country, hits[0].sector) == (country, "GOV"), hits


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("Der Zug aus Berlin hatte am Morgen Verspätung.", "de", "Berlin"),
    ("Flights from Berlin were cancelled because of the storm.", "en", "Berlin"),
])
def test_a_journey_from_a_capital_stays_a_place(stages, text, lang, surface):
    assert not _covering(link(stages, text, lang), surface)


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("FIFA suspended the federation over government interference.", "en", "FIFA", None),
    ("The Ghana Football Association said it would appeal.", "en",
     "Ghana Football Association", "GHA"),
    ("The World Anti-Doping Agency banned the sprinter for four years.", "en",
     "World Anti-Doping Agency", None),
    ("Die Uefa kündigte eine Untersuchung an.", "de", "Uefa", None),
    ("Der DFB trennt sich von seinem Bundestrainer.", "de", "DFB", "DEU"),
    ("Der Österreichische Fußball-Bund verlängerte den Vertrag.", "de", "Fußball-Bund", "AUT"),
])
def test_sport_governing_bodies_are_ngos(stages, text, lang, surface, country):
    hits = _covering(link(stages, text, lang), surface)
    assert hits and (hits[0].country, hits[0].sector) == (country, "NGO"), hits


@pytest.mark.parametrize(("text", "surface", "country", "sector"), [
    ("The U.S. Coast Guard intercepted a boat off Florida.", "U.S. Coast Guard", "USA", "MIL"),
    ("The Japan Coast Guard said it tracked the ships.", "Japan Coast Guard", "JPN", "MIL"),
    ("A Royal Navy frigate shadowed the ships.", "Royal Navy", "GBR", "MIL"),
])
def test_named_coast_guards_and_services(stages, text, surface, country, sector):
    hits = _covering(link(stages, text), surface)
    assert hits and (hits[0].country, hits[0].sector) == (country, sector), hits

