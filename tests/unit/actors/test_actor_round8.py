"""Round 8 (issue #4): plural role nouns, countries of new politicians, seats of power,
crowds and coordinated country adjectives. Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker(published="2026-03-01")


# ------------------------------------------------------------ seats of power

@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("Die Ministerin beklagte den Druck aus dem Kanzleramt.", "de", "Kanzleramt", "DEU"),
    ("Aus dem Kreml kam keine Antwort.", "de", "Kreml", "RUS"),
    ("There was no word from the Kremlin on Friday.", "en", "Kremlin", "RUS"),
    ("The Blue House rejected the proposal.", "en", "Blue House", "KOR"),
    ("Das Blaue Haus wies den Vorschlag zurück.", "de", "Blaue Haus", "KOR"),
    ("The Kantei declined to comment.", "en", "Kantei", "JPN"),
])
def test_seat_of_power_is_its_government(stages, text, lang, surface, country):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country and hits[0].sector == "GOV"


def test_seat_after_a_preposition_of_position_stays_a_place(stages):
    doc = link(stages, "Demonstranten versammelten sich vor dem Kanzleramt.", "de")
    assert all(m.sector != "GOV" for m in found(doc, "Kanzleramt"))


# ------------------------------------------- countries of new politicians

def test_title_organisation_gives_the_new_person_its_country(stages):
    doc = link(stages, "Der Vorsitzende der Jungen Union, Johannes Winkel, wies die "
                       "Forderung am Montag zurück.", "de")
    person = found(doc, "Johannes Winkel")
    assert person and person[0].country == "DEU"


def test_opposition_leader_takes_the_story_country(stages):
    doc = link(stages, "NAIROBI, Kenya (AP) — Kenyan President William Ruto signed the "
                       "budget on Monday. Opposition leader Kalonzo Musyoka said the budget "
                       "would hurt farmers. Kenyan police arrested two protesters.")
    hits = [m for m in doc.actor_mentions if m.text.endswith("Kalonzo Musyoka")]
    assert hits and hits[0].country == "KEN"


def test_opposition_leader_between_two_countries_keeps_none(stages):
    doc = link(stages, "Opposition leader Marten Holvik met officials from France and "
                       "Germany.")
    hits = [m for m in doc.actor_mentions if m.text.endswith("Marten Holvik")]
    assert hits and hits[0].country is None


# ------------------------------------------------------- plural role nouns

def test_plural_role_noun_is_no_single_person(stages):
    doc = link(stages, "Bundeskanzler Friedrich Merz hat die Junge Union zur Mäßigung "
                       "aufgerufen. Die Nachwuchspolitiker der Union hatten gedroht, das "
                       "Gesetz abzulehnen.", "de")
    hits = found(doc, "Nachwuchspolitiker")
    assert hits and hits[0].entity != found(doc, "Bundeskanzler Friedrich Merz")[0].entity
    assert hits[0].country == "DEU" and hits[0].sector == "PTY"


def test_feminine_singular_role_noun_still_refers_back(stages):
    doc = link(stages, "Die Ministerin Anna Lührmann reiste nach Kiew. Die Politikerin "
                       "sagte, die Hilfe gehe weiter.", "de")
    person = [m for m in doc.actor_mentions if m.text.endswith("Anna Lührmann")]
    hits = found(doc, "Politikerin")
    assert person and hits and hits[0].entity == person[0].entity


# ------------------------------------------------------------------ crowds

@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("In Georgien gingen am Samstag Tausende Menschen gegen das Wahlgesetz auf die Straße.",
     "de", "Tausende Menschen", "GEO"),
    ("Hunderte Menschen demonstrierten in Belgrad gegen die Regierung.", "de",
     "Hunderte Menschen", "SRB"),
    ("Thousands of people fled their villages in Chad after the floods.", "en",
     "Thousands of people", "TCD"),
])
def test_crowd_that_protests_or_flees_is_civilians(stages, text, lang, surface, country):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country and hits[0].sector == "CVL"


def test_crowd_that_does_anything_else_is_no_actor(stages):
    doc = link(stages, "Thousands of people watched the final in Chad on Sunday.")
    assert not found(doc, "Thousands of people")


# ------------------------------------------- coordinated country adjectives

def test_country_adjective_coordinated_with_a_non_country_adjective(stages):
    doc = link(stages, "South Korean and Western intelligence officials say North Korea "
                       "sent more troops.")
    hits = [m for m in doc.actor_mentions if m.text.endswith("officials")]
    assert hits and hits[0].country == "KOR"


def test_opposition_leader_in_apposition_takes_the_story_country(stages):
    doc = link(stages, "NAIROBI, Kenya (AP) — Kenyan President William Ruto signed the "
                       "budget on Monday. Kalonzo Musyoka, the opposition leader, said the "
                       "budget would hurt farmers. Kenyan police arrested two protesters.")
    assert {m.country for m in doc.actor_mentions
            if m.text in ("Kalonzo Musyoka", "opposition leader")} == {"KEN"}


@pytest.mark.parametrize("text", [
    "Bundeskanzler Friedrich Merz traf die Länderchefs. Die Regierungschefs forderten mehr "
    "Geld vom Bund.",
    "Bundeskanzler Friedrich Merz sprach in Brüssel. Die jungen Politiker der Union "
    "widersprachen ihm.",
])
def test_german_plural_role_nouns_are_not_the_named_leader(stages, text):
    doc = link(stages, text, "de")
    merz = found(doc, "Bundeskanzler Friedrich Merz")[0].entity
    plural = [m for m in doc.actor_mentions if m.text in ("Regierungschefs", "Politiker")]
    assert all(m.entity != merz for m in plural)


def test_relative_pronoun_before_a_title_is_no_plural_article(stages):
    doc = link(stages, "Die Hilfe, die Präsident Emmanuel Macron zusagte, kam an.", "de")
    alone = link(stages, "Präsident Emmanuel Macron sagte Hilfe zu.", "de")
    macron = [m.entity for m in alone.actor_mentions if m.type == "PERSON"]
    people = [m for m in doc.actor_mentions if m.type == "PERSON"]
    assert macron and [m.entity for m in people] == macron
    assert people[0].text.startswith("Präsident")


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("A spokesman for Downing Street said the talks went well.", "en", "spokesman", "GBR"),
    ("Der Chef des Kanzleramts wies die Kritik zurück.", "de", "Chef", "DEU"),
])
def test_role_serving_a_seat_of_power_is_its_government(stages, text, lang, surface, country):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country and hits[0].sector == "GOV"


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("Palazzo Chigi declined to comment on the budget.", "en", "Palazzo Chigi", "ITA"),
    ("Die Moncloa kündigte Neuwahlen an.", "de", "Moncloa", "ESP"),
    ("Yongsan said the summit would go ahead.", "en", "Yongsan", "KOR"),
])
def test_more_seats_of_power(stages, text, lang, surface, country):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country and hits[0].sector == "GOV"


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("Tausende protestierten am Sonntag in Tiflis gegen das Gesetz.", "de", "Tausende", "GEO"),
    ("Thousands rallied in Tbilisi on Sunday against the law.", "en", "Thousands", "GEO"),
])
def test_bare_crowd_quantity_as_subject(stages, text, lang, surface, country):
    hits = found(link(stages, text, lang), surface)
    assert hits and hits[0].country == country and hits[0].sector == "CVL"


def test_bare_quantity_of_things_is_no_crowd(stages):
    doc = link(stages, "Thousands of euros were raised in Tbilisi for the victims.")
    assert not [m for m in doc.actor_mentions if m.text.startswith("Thousands")]


def test_marching_through_a_capital_is_a_place(stages):
    doc = link(stages, "Hundreds of thousands of people marched through Madrid.")
    assert all(m.sector != "GOV" for m in found(doc, "Madrid"))


def test_crowd_takes_no_country_from_where_it_flees_to(stages):
    doc = link(stages, "GOMA (dpa) - Die Kämpfe im Ostkongo gehen weiter. Die kongolesische "
                       "Armee meldete Verluste. Tausende Menschen flohen in Richtung der "
                       "Grenze zu Uganda.", "de")
    hits = found(doc, "Tausende Menschen")
    assert hits and hits[0].country == "COD"


@pytest.mark.parametrize(("text", "lang", "surface", "sector"), [
    ("NAIROBI (Reuters) - Kenya's main opposition coalition rejected the results.", "en",
     "Kenya's main opposition coalition", "OPP"),
    ("The ruling coalition in Kenya defended the police.", "en", "ruling coalition", "PTY"),
    ("In Georgien rief das Oppositionsbündnis zu Protesten auf.", "de", "Oppositionsbündnis",
     "OPP"),
])
def test_coalitions_and_alliances_are_the_opposition_or_the_ruling_party(
    stages, text, lang, surface, sector
) -> None:
    mentions = found(link(stages, text, lang), surface)
    assert [(m.country, m.sector) for m in mentions] in ([("KEN", sector)], [("GEO", sector)])


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Ein US-Journalist wurde in Moskau festgenommen.", "US-Journalist", "USA"),
    ("In Moskau wurden zwei US-Bürger festgenommen.", "US-Bürger", "USA"),
    # a full country name before the hyphen is the topic, not the nationality
    ("Ein Russland-Experte warnte vor einer Eskalation.", "Experte", None),
    ("Der USA-Experte warnte vor einer Eskalation.", "Experte", None),
])
def test_a_short_form_before_a_hyphen_is_the_nationality(stages, text, surface,
                                                         country) -> None:
    mentions = [m for m in link(stages, text, "de").actor_mentions if surface in m.text]
    assert [m.country for m in mentions] == [country]
