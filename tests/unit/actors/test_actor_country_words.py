"""Country words: places, adjectives before nouns and in long German premodifiers, short forms
before a hyphen, seats and capitals as places. Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker(published="2026-03-01")


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Thousands marched in Jericho on Friday.", "Jericho", "PSE"),
    ("A curfew was imposed in Cizre.", "Cizre", "TUR"),
    ("Talks resumed in Juba.", "Juba", "SSD"),
    ("Flights to Khatmandu were cancelled.", "Khatmandu", "NPL"),
    ("Officials in Brazzaville denied it.", "Brazzaville", "COG"),
])
def test_places(stages, text, surface, country):
    hits = found(link(stages, text), surface)
    assert hits and hits[0].type == "PLACE" and hits[0].country == country


def test_country_adjective_before_a_noun_is_no_national(stages):
    hits = found(link(stages, "An Israeli official said the talks had failed."), "Israeli")
    assert not hits or hits[0].sector != "CVL"


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


def test_seat_after_a_preposition_of_position_stays_a_place(stages):
    doc = link(stages, "Demonstranten versammelten sich vor dem Kanzleramt.", "de")
    assert all(m.sector != "GOV" for m in found(doc, "Kanzleramt"))


def test_country_adjective_coordinated_with_a_non_country_adjective(stages):
    doc = link(stages, "South Korean and Western intelligence officials say North Korea "
                       "sent more troops.")
    hits = [m for m in doc.actor_mentions if m.text.endswith("officials")]
    assert hits and hits[0].country == "KOR"


def test_marching_through_a_capital_is_a_place(stages):
    doc = link(stages, "Hundreds of thousands of people marched through Madrid.")
    assert all(m.sector != "GOV" for m in found(doc, "Madrid"))


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Ein US-Journalist wurde in Moskau festgenommen.", "US-Journalist", "USA"),
    ("In Moskau wurden zwei US-Bürger festgenommen.", "US-Bürger", "USA"),
    # a full country name before the hyphen is the topic, not the nationality (a bare
    # expert is then a commentator of no country, no actor at all)
    ("Ein Russland-Experte warnte vor einer Eskalation.", "Experte", None),
    ("Der USA-Experte warnte vor einer Eskalation.", "Experte", None),
])
def test_a_short_form_before_a_hyphen_is_the_nationality(stages, text, surface,
                                                         country) -> None:
    mentions = [m for m in link(stages, text, "de").actor_mentions if surface in m.text]
    assert [m.country for m in mentions] == ([country] if country else [None] * len(mentions))


@pytest.mark.parametrize(("text", "surface", "country"), [
    # a country adjective before a fixed 'Bundes-' organ names whose federal organ it is
    ("Die österreichische Bundesregierung verschärfte am Montag die Regeln.",
     "österreichische Bundesregierung", "AUT"),
    ("Der österreichische Bundeskanzler reiste am Montag nach Rom.",
     "österreichische Bundeskanzler", "AUT"),
    ("Die Bundesregierung verschärfte am Montag die Regeln.", "Bundesregierung", "DEU"),
    ("Der deutsche Bundestag stimmte am Freitag zu.", "deutsche Bundestag", "DEU"),
])
def test_country_adjective_wins_over_the_federal_home_default(stages, text, surface, country):
    hits = found(link(stages, text, "de"), surface)
    assert hits and hits[0].country == country and hits[0].sector in ("GOV", "LEG")


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("Ethopia and Kenya signed a border deal on Monday.", "en", "Ethopia", "ETH"),
    ("Pakistan closed its border with Afganistan.", "en", "Afganistan", "AFG"),
])
def test_common_misspellings_of_countries(stages, text, lang, surface, country):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country


@pytest.mark.parametrize(("text", "surface", "country"), [
    # an organ name several states share takes the story's country, not a fixed one
    ("WIEN (APA) - Der Nationalrat hat am Mittwoch das Budget beschlossen. Die ÖVP stimmte "
     "zu.", "Nationalrat", "AUT"),
    ("In Zürich hiessen die Delegierten der SVP den Antrag gut. In Bern und Basel gab es "
     "Kritik. Der Nationalrat berät im Juni.", "Nationalrat", "CHE"),
])
def test_shared_organ_name_takes_the_story_country(stages, text, surface, country):
    hits = found(link(stages, text, "de"), surface)
    assert hits and hits[0].country == country and hits[0].sector == "LEG"


@pytest.mark.parametrize(("text", "surface", "country", "sector"), [
    # 'Schweizer' is an invariable adjective, capitalised whatever follows
    ("Die Schweizer Bundesregierung lehnte den Vorschlag ab.", "Schweizer Bundesregierung",
     "CHE", "GOV"),
    ("Die Schweizer Armee half bei der Suche.", "Schweizer Armee", "CHE", "MIL"),
    ("Zwei Schweizer wurden am Montag festgenommen.", "Schweizer", "CHE", "CVL"),
])
def test_invariable_country_adjective(stages, text, surface, country, sector):
    hits = found(link(stages, text, "de"), surface)
    assert hits and hits[0].country == country and hits[0].sector == sector


def test_invariable_adjective_before_a_noun_is_no_name(stages):
    doc = link(stages, "Der Parteichef kritisierte die Schweizer Asylpolitik scharf.", "de")
    assert not [m for m in doc.actor_mentions if m.text.startswith("Schweizer")]


@pytest.mark.parametrize(("text", "lang", "surface"), [
    # a list of places after a locative preposition, no finite verb after the last
    ("Die Delegation werde nach Kinshasa und Kigali reisen.", "de", "Kigali"),
    ("The talks may move to Muscat or Rome before the summer.", "en", "Rome"),
    # German verb-second: the fronted locative phrase is one list
    ("Auch in Bayern und Österreich richteten die Stürme Schäden an.", "de", "Österreich"),
    # a part of a territory
    ("Im Osten der Ukraine wurde wieder gekämpft.", "de", "Ukraine"),
    ("Fighting raged in the east of Ukraine.", "en", "Ukraine"),
])
def test_place_in_a_list_or_part_of_a_territory(stages, text, lang, surface):
    hits = found(link(stages, text, lang), surface)
    assert hits and all(m.kind == "place" for m in hits)


@pytest.mark.parametrize(("text", "lang", "surface"), [
    # a finite verb after the name starts a new clause: the name is its subject
    ("Die Lage in Kiew und Russland drohte zu eskalieren.", "de", "Russland"),
    ("Protests spread in Kyiv and Russia warned of consequences.", "en", "Russia"),
])
def test_subject_after_a_place_stays_an_actor(stages, text, lang, surface):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].kind != "place"


@pytest.mark.parametrize(("text", "surface"), [
    ("They watched Sunday's north London derby.", "London"),
    ("The Paris Agreement was signed in 2015.", "Paris"),
])
def test_capital_in_a_longer_name_or_after_a_compass_word_is_a_place(stages, text, surface):
    hits = found(link(stages, text), surface)
    assert all(m.kind == "place" for m in hits)


def test_capital_before_a_title_case_verb_stays_the_government(stages):
    hits = found(link(stages, "Moscow Warns Kyiv Over Drone Strikes"), "Moscow")
    assert hits and hits[0].kind == "metonym"


def test_country_spelt_like_a_us_state_is_the_state_in_a_us_text(stages):
    doc = link(stages, "Georgia Gov. Brian Kemp spoke on Monday. Voters in Arizona, Georgia, "
                       "Nevada and North Carolina will decide. New Jersey might be in play.")
    assert all(m.country == "USA" for m in found(doc, "Georgia"))
    assert found(doc, "New Jersey") and not [m for m in doc.actor_mentions if m.country == "GBR"]


def test_country_acting_with_another_country_stays_the_country(stages):
    doc = link(stages, "Georgia signed a deal with Armenia. Officials from Texas and Florida "
                       "attended.")
    assert found(doc, "Georgia")[0].country == "GEO"


@pytest.mark.parametrize(("text", "surface"), [
    ("Brazil confirmed new duties on EU beef imports on Monday.", "EU"),
    ("Nestlé shares closed down 2% in Zurich.", "Nestlé"),
    ("Prices will rise, according to a Reuters survey of traders.", "Reuters"),
    ("The drone fell inside Latvia's exclusive economic zone.", "Latvia"),
])
def test_name_modifying_goods_money_or_territory_is_no_actor(stages, text, surface):
    assert not found(link(stages, text), surface)


def test_name_modifying_an_event_noun_stays_its_actor(stages):
    mentions = found(link(stages, "U.S. sanctions on Iran's oil exports continue."), "U.S.")
    assert mentions and mentions[0].country == "USA"


def test_company_modifying_shares_is_still_the_company_referred_to(stages):
    doc = link(stages, "Danone shares closed down 1.8% on Friday. The company declined to "
               "comment.")
    assert [m.entity for m in found(doc, "company")] == ["chronist:danone"]
