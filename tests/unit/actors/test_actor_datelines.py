"""Datelines: the place and agency before a story's first sentence. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from linking import found, linker

from chronist.actors.datelines import Datelines

link = linker(published="2026-03-01")


@pytest.mark.parametrize("text", [
    "Wahl vorbei\n\n TIFLIS (dpa) - Die Polizei nahm zwei Männer fest.",
    "Wahl vorbei\n\nEin Vorspann. TIFLIS (dpa) - Die Polizei nahm zwei Männer fest.",
    "Wahl vorbei\n\n(dpa) TIFLIS - Die Polizei nahm zwei Männer fest.",
])
def test_german_dateline_place_is_no_actor(stages, text):
    doc = link(stages, text, "de")
    assert not any("TIFLIS" in m.text and m.is_actor for m in doc.actor_mentions)


def test_agency_in_dateline_is_a_credit(stages):
    doc = link(stages, "TIFLIS (dpa/AFP) - Die Polizei nahm zwei Männer fest.", "de")
    assert not any(m.text == "AFP" for m in doc.actor_mentions)


@pytest.mark.parametrize(("text", "country"), [
    ("NAIROBI, Kenya (AP) — Police fired tear gas at marchers.", "Kenya"),
    ("KYIV, Ukraine — Drones struck a power plant overnight.", "Ukraine"),
])
def test_english_dateline_country_is_a_place(stages, text, country):
    doc = link(stages, text)
    hits = found(doc, country)
    assert hits and not any(m.is_actor for m in hits)


def test_country_after_dateline_still_an_actor(stages):
    doc = link(stages, "KYIV, Ukraine — Ukraine said it shot down forty drones.")
    assert [m.is_actor for m in found(doc, "Ukraine")] == [False, True]


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ("TIFLIS (dpa) - Die Regierung", 0, 6, True),
    ("MUSCAT, Feb 11 (Reuters) - Oman", 0, 6, True),
    ("Die Regierung in TIFLIS sagte", 17, 23, False),
])
def test_datelines_names_place(text, start, end, expected):
    assert Datelines(text).names_place(start, end) is expected


def test_datelines_opens_paragraph():
    text = "Berlin/Ankara – Die Gespräche"
    lines = Datelines(text)
    assert lines.opens_paragraph(0, 6) and lines.opens_paragraph(7, 13)
    assert not Datelines("Er flog nach Berlin – und zurück").opens_paragraph(13, 19)


@pytest.mark.parametrize(("text", "surface", "country"), [
    # US wire datelines name a city; its local offices and home organs are American
    ("INDIANAPOLIS (AP) — The state senate passed the bill on Tuesday. The governor said "
     "he would sign it.", "governor", "USA"),
    ("DENVER (AP) — The authorities arrested two men on Monday.", "authorities", "USA"),
])
def test_us_city_dateline_gives_local_actors_their_country(stages, text, surface, country):
    hits = found(link(stages, text, "en"), surface)
    assert hits and hits[0].country == country


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    # a town the KB lacks, its country written after it in the dateline
    ("SPLIT, Croatia (AP) — The court refused the request on Monday.", "en", "court", "HRV"),
    ("KUMASI, Ghana (AP) — Police detained two men on Friday.", "en", "Police", "GHA"),
])
def test_dateline_region_gives_the_country_of_an_unknown_town(
    stages, text, lang, surface, country
):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country


def test_datelines_first_region():
    assert Datelines("SPLIT, Croatia (AP) — The court ruled.").first_region() == "Croatia"
    assert Datelines("MOSKAU (dpa) - Die Polizei nahm zwei Männer fest.").first_region() is None
