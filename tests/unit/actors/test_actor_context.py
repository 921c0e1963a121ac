"""Linking from context: hyphen-compound heads after a country adjective, possessives,
organisation titles, acronyms defined in the text, newspapers named after a place and an
article's own outlet. Sentences written for these tests."""

from __future__ import annotations

import pytest

from chronist.actors import build_stage
from chronist.actors.acronyms import long_form_start
from chronist.document import Document
from chronist.nlp import analyse


@pytest.fixture(scope="session")
def stages() -> dict:
    return {lang: build_stage(lang) for lang in ("de", "en")}


def link(stages: dict, lang: str, text: str, url: str | None = None) -> Document:
    doc = Document(text=text, language=lang, published="2025-03-01", url=url)
    doc.analysis = analyse(text, lang)
    return stages[lang](doc)


def mentions(doc: Document, surface: str) -> list:
    return [m for m in doc.actor_mentions if surface in m.text]


@pytest.mark.parametrize(("lang", "text", "surface", "country", "sector"), [
    ("de", "Das syrische Baath-Regime bestritt den Angriff.", "syrische Baath-Regime",
     "SYR", "GOV"),
    ("de", "Russische T-72-Panzer rückten vor.", "Russische T-72-Panzer", "RUS", "MIL"),
    ("de", "Türkische Leopard-Panzer stehen an der Grenze.", "Türkische Leopard-Panzer",
     "TUR", "MIL"),
    ("de", "Die Miliz ließ zwei französische Geiseln frei.", "französische Geiseln", "FRA",
     "CVL"),
    ("de", "Mehrere kenianische Menschenrechtsorganisationen protestierten.",
     "kenianische Menschenrechtsorganisationen", "KEN", "NGO"),
])
def test_context_adjective_before_compound_or_group_noun(stages, lang, text, surface,
                                                         country, sector):
    found = mentions(link(stages, lang, text), surface)
    assert found and (found[0].country, found[0].sector) == (country, sector)


@pytest.mark.parametrize(("lang", "text", "surface", "country"), [
    ("de", "Nach dem Anschlag erklärte Polen, seine Truppen seien in Alarmbereitschaft.",
     "Truppen", "POL"),
    ("en", "Chile said its army would stay in the barracks.", "army", "CHL"),
])
def test_context_possessive_gives_the_possessor_country(stages, lang, text, surface, country):
    found = mentions(link(stages, lang, text), surface)
    assert found and found[0].country == country


@pytest.mark.parametrize(("lang", "text", "surface", "head", "country", "sector"), [
    ("de", "Das Augsburger Rüstungsunternehmen Renk liefert Getriebe.", "Renk", "Renk",
     "DEU", "BUS"),
    ("en", "The news agency Reuters reported the strike.", "Reuters", "Reuters", "GBR",
     "MED"),
])
def test_context_group_noun_titles_an_organisation(stages, lang, text, surface, head,
                                                  country, sector):
    doc = link(stages, lang, text)
    found = mentions(doc, surface)
    assert len(found) == 1 and doc.text[found[0].head_start:found[0].head_end] == head
    assert (found[0].country, found[0].sector) == (country, sector)


@pytest.mark.parametrize(("short", "long", "start"), [
    ("BVerfG", "das Bundesverfassungsgericht", 4),
    ("UNRWA", "the UN Relief and Works Agency for Palestine", 4),
    ("XYZ", "die Bundesregierung", None),
])
def test_context_acronym_long_form(short, long, start):
    assert long_form_start(short, long) == start


def test_context_acronym_links_every_later_use(stages):
    text = ("Das Bundessozialgericht und der Verwaltungsgerichtshof (VGH) entschieden. "
            "Später bestätigte der VGH sein Urteil.")
    doc = link(stages, "de", text)
    vgh = [m for m in doc.actor_mentions if m.text == "VGH"]
    assert len(vgh) == 2 and all(m.sector == "JUD" for m in vgh)
    assert len({m.entity for m in vgh}) == 1


def test_context_acronym_of_an_unknown_organisation(stages):
    text = ("Das Baltic Institute for Maritime Law (BIML) legte ein Gutachten vor. "
            "Das BIML fordert neue Regeln.")
    doc = link(stages, "de", text)
    long = mentions(doc, "Baltic Institute for Maritime Law")
    short = [m for m in doc.actor_mentions if m.text == "BIML"]
    assert long and len(short) == 2
    assert {m.entity for m in short} == {long[0].entity}


@pytest.mark.parametrize(("lang", "text", "surface", "country"), [
    ("de", "Laut der Kyiv Independent wurde die Brücke getroffen.", "Kyiv Independent", "UKR"),
    ("en", "The Moscow Times reported the arrests.", "Moscow Times", "RUS"),
])
def test_context_newspaper_named_after_a_place(stages, lang, text, surface, country):
    found = mentions(link(stages, lang, text), surface)
    assert found and (found[0].country, found[0].sector, found[0].kind) == (
        country, "MED", "name")


def test_context_own_outlet_is_a_medium_of_the_site_country(stages):
    text = "Wie QXZ berichtete, wurde die Klage abgewiesen. Die Sprecherin bestätigte QXZ das."
    doc = link(stages, "de", text, url="https://www.qxz.de/recht/artikel")
    found = [m for m in doc.actor_mentions if m.text == "QXZ"]
    assert found and all((m.country, m.sector) == ("DEU", "MED") for m in found)


@pytest.mark.parametrize(("lang", "text", "pronoun", "name"), [
    ("de", "Olaf Scholz kam spät. Die Opposition kritisierte ihn scharf.", "ihn", "Olaf Scholz"),
    ("de", "Olaf Scholz kam spät. Die Kritik schadete ihm sehr.", "ihm", "Olaf Scholz"),
    ("en", "Emmanuel Macron arrived late. Reporters asked him about the talks.", "him",
     "Emmanuel Macron"),
])
def test_context_object_pronoun_resolves_to_the_person(stages, lang, text, pronoun, name):
    found = [m for m in link(stages, lang, text).actor_mentions if m.text == pronoun]
    assert found and found[0].kind == "pronoun" and found[0].name == name


def test_context_object_pronoun_is_not_the_subject_of_its_clause(stages):
    doc = link(stages, "de", "Emmanuel Macron lobte ihn.")
    assert not [m for m in doc.actor_mentions if m.text == "ihn"]


def test_context_possessive_her_is_no_pronoun_mention(stages):
    doc = link(stages, "en", "Angela Merkel spoke. Critics praised her government.")
    assert not [m for m in doc.actor_mentions if m.text == "her"]


def test_context_surname_that_is_a_month_is_the_month_after_a_preposition(stages):
    text = "Theresa May spoke in London. The vote was held in May. Later May resigned."
    doc = link(stages, "en", text)
    mays = [m for m in doc.actor_mentions if m.text == "May"]
    assert len(mays) == 1 and mays[0].start == text.rindex("May")


def test_context_title_apposition_before_the_name_and_later_title_nouns(stages):
    text = ("Der damalige Bürgermeister des Ortes, Karl Brandtner, schwieg. "
            "Später trat der Ex-Bürgermeister zurück.")
    doc = link(stages, "de", text)
    person = mentions(doc, "Karl Brandtner")[0]
    titles = [m for m in doc.actor_mentions if "Bürgermeister" in m.text]
    assert len(titles) == 2 and all(m.entity == person.entity for m in titles)


def test_context_bare_title_noun_is_the_person_named_with_it(stages):
    text = "Innenminister Karl Brandtner trat vor die Presse. Der Innenminister wirkte müde."
    doc = link(stages, "de", text)
    person = mentions(doc, "Karl Brandtner")[0]
    later = [m for m in doc.actor_mentions if m.text == "Innenminister"]
    assert later and later[0].entity == person.entity


def test_context_indefinite_title_noun_is_not_the_named_person(stages):
    text = "Innenminister Karl Brandtner trat vor die Presse. Ein Minister fehlte."
    doc = link(stages, "de", text)
    person = mentions(doc, "Karl Brandtner")[0]
    assert all(m.entity != person.entity for m in doc.actor_mentions if m.text == "Minister")


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("de", "Der Papst rief zum Frieden auf.", "Papst"),
    ("en", "The pope called for peace.", "pope"),
])
def test_context_the_pope_is_the_holy_see(stages, lang, text, surface):
    found = mentions(link(stages, lang, text), surface)
    assert found and found[0].country == "VAT"


def test_context_common_noun_name_needs_its_article_or_quotes(stages):
    doc = link(stages, "de", "Das Bild zeigt den Hafen. Laut Bild war der Minister dort.")
    bild = [m for m in doc.actor_mentions if m.text == "Bild"]
    assert len(bild) == 1 and bild[0].start == doc.text.rindex("Bild")


def test_context_party_before_a_name_is_the_title(stages):
    doc = link(stages, "de", "Der Sozialdemokrat Karl Brandtner widersprach. Die SPD schwieg.")
    names = [m for m in doc.actor_mentions if "Karl Brandtner" in m.text]
    assert names and names[0].type == "PERSON"


@pytest.mark.parametrize("text", [
    "Der Untersuchungsausschuss in Berlin befragte zwei Zeugen.",
    "Der Landtag in Mainz beschloss das Gesetz.",
])
def test_context_german_legislature_nouns(stages, text):
    found = [m for m in link(stages, "de", text).actor_mentions if m.sector == "LEG"]
    assert found and found[0].country == "DEU"


def test_context_attack_in_a_country_is_not_that_country_s(stages):
    doc = link(stages, "en", "Indian jets launched strikes in Pakistan overnight.")
    assert not [m for m in doc.actor_mentions if m.text.startswith("strikes")
                and m.country == "PAK"]


@pytest.mark.parametrize(("text", "absent", "present"), [
    ("Officers of the Naval Inspector General's Office met.", "General", None),
    ("The report named News Director Paul Brandt as the source.", None, "Paul Brandt"),
    ("Major General Paul Brandt led the parade.", None, "Paul Brandt"),
])
def test_context_english_role_inside_a_proper_name(stages, text, absent, present):
    doc = link(stages, "en", text)
    surfaces = [m.text for m in doc.actor_mentions]
    if absent:
        assert not [s for s in surfaces if s == absent], surfaces
    if present:
        assert [s for s in surfaces if present in s], surfaces


def test_context_possessor_after_a_locative_word_is_no_place(stages):
    doc = link(stages, "en", "The ban came in response to Chile’s decision. Aid went to Chile.")
    chile = [m for m in doc.actor_mentions if m.text.startswith("Chile")]
    assert [m.kind for m in chile] == ["name", "place"]


def test_context_lower_case_hyphen_compound_hides_no_possessor(stages):
    doc = link(stages, "en", "Fine Gael is the other party in Ireland’s center-right government.")
    found = mentions(doc, "government")
    assert found and found[0].text.startswith("Ireland") and found[0].country == "IRL"


@pytest.mark.parametrize(("text", "country"), [
    ("Japan's coast guard said it had spotted three Chinese vessels and had sent its own "
     "forces to follow them.", "JPN"),
    ("Poland's army said it had tracked Russian drones and had moved its own troops.", "POL"),
])
def test_possessive_in_a_clause_reported_by_an_actor(stages, text, country):
    hits = [m for m in link(stages, "en", text).actor_mentions
            if m.text in ("forces", "troops")]
    assert hits and hits[0].country == country


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Spanien sagte der Türkei Hilfe zu und dankte ihrer Armee.", "Armee", "TUR"),
    ("Italien sagte der Türkei Hilfe zu und lobte die Tapferkeit ihrer Soldaten.", "Soldaten",
     "TUR"),
])
def test_possessive_in_a_joined_clause_without_pronoun_subject(stages, text, surface, country):
    """No pronoun subject on the way up: the joined clause's shared noun subject does not
    take the possessive ('ihrer' is the Türkei's, not Spain's)."""
    hits = [m for m in link(stages, "de", text).actor_mentions if m.text == surface]
    assert hits and hits[0].country == country
