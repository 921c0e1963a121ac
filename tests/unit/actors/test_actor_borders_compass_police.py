"""Countries as places: the ends of a stretch of land ("von Finnland bis Portugal"), a
part named by a compass adjective ("northern Mexico"), the country a border crossing
leads to; bare police and prosecutors of the dateline's state; a force's spokesman of the
force named just before. Sentences written for these tests (issue #4)."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker(published="2025-06-12")


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("Lastwagenfahrer haben den Grenzübergang zu Tadschikistan blockiert.", "de",
     ["Tadschikistan"]),
    ("Das Projekt erfasst Wälder von Finnland bis Portugal.", "de", ["Finnland", "Portugal"]),
    ("Heavy rain hit southern Brazil and eastern Paraguay on Sunday.",
     "en", ["Brazil", "Paraguay"]),
    ("The storm brought snow to northern Mexico and delayed flights across the northern "
     "United States.", "en", ["Mexico", "United States"]),
    ("Starker Regen traf am Sonntag das östliche Paraguay.", "de", ["Paraguay"]),
])
def test_countries_as_places_are_no_actors(stages, text, lang, names):
    doc = link(stages, text, lang)
    for name in names:
        assert not any(m.is_actor for m in found(doc, name)), name


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Indien und Pakistan vereinbarten eine Waffenruhe.", "de", "Pakistan"),
    ("Ethiopia accused Eritrea of violating the border deal.", "en", "Eritrea"),
    ("Von Portugal forderte die Kommission mehr Geld.", "de", "Portugal"),
])
def test_countries_acting_stay_actors(stages, text, lang, name):
    doc = link(stages, text, lang)
    assert any(m.is_actor for m in found(doc, name))


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("LIMA, Peru (AP) — Peru expelled a Bolivian diplomat on Monday. The expulsion came a "
     "day after police arrested three Bolivian men near Lake Titicaca, according to "
     "prosecutors.", "police", "PER"),
    ("LIMA, Peru (AP) — Peru expelled a Bolivian diplomat on Monday. The expulsion came a "
     "day after police arrested three Bolivian men near Lake Titicaca, according to "
     "prosecutors.", "prosecutors", "PER"),
])
def test_bare_police_are_the_datelines(stages, text, surface, country):
    doc = link(stages, text)
    assert [m.country for m in found(doc, surface)] == [country]


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("WARSCHAU (dpa) - Polen hat den Botschafter einbestellt. Die litauische Polizei nahm "
     "zwei Männer fest, sagte ein Polizeisprecher.", "de", "Polizeisprecher", "LTU"),
    ("WARSAW (Reuters) - Poland summoned the ambassador. Lithuanian police detained two "
     "men, a police spokesman said.", "en", "police spokesman", "LTU"),
])
def test_force_spokesman_of_the_force_named_before(stages, text, lang, surface, country):
    doc = link(stages, text, lang)
    assert [m.country for m in found(doc, surface)] == [country]
