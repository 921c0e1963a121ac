"""Round 6 (issue #4): plural pronouns for groups, possessive chains, nationals as
civilians, long German premodifiers, company legal forms, the one dateline detector.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import found, linker

from chronist.actors.datelines import Datelines

link = linker(published="2024-06-01")


# ------------------------------------------------------------ plural pronouns

@pytest.mark.parametrize(("text", "lang", "pronoun", "sector"), [
    ("Die Rebellen zogen sich aus dem Dorf zurück. Sie hätten schwere Verluste erlitten.",
     "de", "Sie", "REB"),
    ("The protesters marched to the square. They demanded new elections.", "en", "They",
     "CVL"),
    ("The rebels said they would hold the bridge.", "en", "they", "REB"),
])
def test_plural_pronoun_takes_up_the_one_group(stages, text, lang, pronoun, sector):
    hits = found(link(stages, text, lang), pronoun)
    assert hits and hits[0].kind == "pronoun" and hits[0].sector == sector
    assert hits[0].type != "PERSON"


@pytest.mark.parametrize(("text", "lang", "pronoun"), [
    # two groups in reach, or a coordination: no single antecedent
    ("Die Rebellen und die Soldaten verhandelten. Sie hätten sich geeinigt.", "de", "Sie"),
    ("The protesters and the police clashed. They threw stones.", "en", "They"),
    # a singular feminine "sie" is a person's pronoun, never a group's
    ("Die Rebellen zogen ab. Die Ministerin sagte, sie sei erleichtert.", "de", "sie"),
    # no group named at all
    ("It rained all day. They stayed at home.", "en", "They"),
])
def test_plural_pronoun_needs_exactly_one_group(stages, text, lang, pronoun):
    hits = [m for m in found(link(stages, text, lang), pronoun) if m.type != "PERSON"]
    assert not hits


# ---------------------------------------------------------- possessive chains

@pytest.mark.parametrize(("text", "lang", "pronoun", "person"), [
    ("Senator Tom Hadley criticised the budget. His remarks came a day after the vote "
     "failed in committee. He said the cuts went too far.", "en", "He",
     "chronist:tom-hadley"),
    ("Minister Karl Brenner kritisierte die Pläne. Seine Äußerungen folgten auf einen "
     "Streit im Ausschuss. Er sagte, es gebe keinen Kompromiss.", "de", "Er",
     "chronist:karl-brenner"),
])
def test_possessive_carries_the_person_across_a_sentence(stages, text, lang, pronoun,
                                                         person):
    doc = link(stages, text, lang)
    hits = found(doc, pronoun)
    assert hits and hits[0].entity == person
    # the possessive itself is a link of the chain, not a mention
    assert not found(doc, "His") and not found(doc, "Seine")


def test_possessive_chain_stays_ambiguous_with_two_men(stages):
    doc = link(stages, "Tom Hadley met Carl Benning. His remarks came a day later. "
                       "He said the cuts went too far.")
    assert not found(doc, "He")


# ---------------------------------------------------------- nationals

@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("Bei dem Unglück starben 30 Briten.", "de", "Briten", "GBR"),
    ("Three Americans were detained at the border.", "en", "Americans", "USA"),
    ("The Russians living in the city were evacuated.", "en", "Russians", "RUS"),
])
def test_nationals_are_civilians(stages, text, lang, surface, country):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country and hits[0].sector == "CVL"


@pytest.mark.parametrize(("text", "lang", "surface", "country", "sector"), [
    ("A French aid worker was kidnapped near the border.", "en", "French aid worker",
     "FRA", "NGO"),
    ("Two German nationals were arrested on Monday.", "en", "German nationals", "DEU",
     "CVL"),
    ("Zwei deutsche Staatsangehörige wurden festgenommen.", "de",
     "deutsche Staatsangehörige", "DEU", "CVL"),
    ("An Israeli said the talks had failed.", "en", "Israeli", "ISR", "CVL"),
])
def test_nationals_with_a_role_noun(stages, text, lang, surface, country, sector):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country and hits[0].sector == sector


def test_country_adjective_before_a_noun_is_no_national(stages):
    hits = found(link(stages, "An Israeli official said the talks had failed."), "Israeli")
    assert not hits or hits[0].sector != "CVL"


# ---------------------------------------------------------- German premodifiers

@pytest.mark.parametrize(("text", "surface", "country", "sector"), [
    ("Der seit 2019 amtierende kasachische Präsident sprach vor dem Parlament.",
     "kasachische Präsident", "KAZ", "GOV"),
    ("Der im Exil lebende belarussische Oppositionsführer forderte Neuwahlen.",
     "belarussische Oppositionsführer", "BLR", None),
])
def test_long_german_premodifier_keeps_country(stages, text, surface, country, sector):
    hits = found(link(stages, text, "de"), surface)
    assert hits and hits[0].country == country
    assert sector is None or hits[0].sector == sector


# ---------------------------------------------------------- companies

@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("Die Voltaris Energie AG meldete am Montag Verluste.", "de", "Voltaris Energie AG"),
    ("Die Brenntal GmbH hat Insolvenz angemeldet.", "de", "Brenntal GmbH"),
    ("Brightwater Holdings plc said profits fell.", "en", "Brightwater Holdings plc"),
    ("Quenlor Inc. sued the regulator on Friday.", "en", "Quenlor Inc."),
])
def test_legal_form_names_a_company(stages, text, lang, surface):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].type == "ORG" and hits[0].sector == "BUS"


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("The dairy company Norvika cut its prices.", "Norvika", None),
    ("Halberg, the Danish shipping company, reported higher profits.", "Halberg", "DNK"),
])
def test_company_head_noun_names_a_company(stages, text, surface, country):
    hits = found(link(stages, text), surface)
    assert hits and hits[0].type == "ORG" and hits[0].sector == "BUS"
    assert hits[0].country == country


@pytest.mark.parametrize(("text", "surface"), [
    ("Shares in Norvex fell two percent on Tuesday.", "Norvex"),
    ("Investors bought a stake in Halvard Mining last year.", "Halvard Mining"),
    ("Halberg, the Danish-Swedish cooperative, reviewed its plans.", "Halberg"),
])
def test_company_cues(stages, text, surface):
    hits = found(link(stages, text), surface)
    assert hits and hits[0].type == "ORG" and hits[0].sector == "BUS"


def test_person_apposition_is_no_company(stages):
    hits = found(link(stages, "Jim Hadley, the company founder, resigned."), "Jim Hadley")
    assert hits and hits[0].type == "PERSON"


# ---------------------------------------------------------- datelines

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
