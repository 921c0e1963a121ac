"""The actor linker on sentences written for these tests: each case is one general
mechanism (adjective + organ, genitive, compound, metonym, title, apposition, office
holder by date, counterpart, surname, pronoun), not a special-cased sentence."""

from __future__ import annotations

from datetime import date

import pytest

from chronist.actors import ActorMention, build_stage
from chronist.actors.kb import load_kb
from chronist.document import Document
from chronist.nlp import analyse

DAY = "2024-03-01"


@pytest.fixture(scope="session")
def stages() -> dict:
    return {lang: build_stage(lang) for lang in ("de", "en")}


def link(stages: dict, lang: str, text: str, published: str = DAY) -> Document:
    doc = Document(text=text, language=lang, published=published)
    doc.analysis = analyse(text, lang)
    return stages[lang](doc)


def mention(doc: Document, text: str) -> ActorMention:
    found = [m for m in doc.actor_mentions if text in m.text]
    assert found, f"no mention containing {text!r} in {[m.text for m in doc.actor_mentions]}"
    return found[0]


def holder(lang: str, role: str, country: str, day: str = DAY) -> str:
    person = load_kb(lang).holder(role, country, date.fromisoformat(day))
    assert person is not None
    return person.id


@pytest.mark.parametrize(
    ("lang", "text", "surface", "country", "sector", "kind"),
    [
        ("de", "Das russische Außenministerium wies die Kritik zurück.",
         "russische Außenministerium", "RUS", "GOV", "organ"),
        ("de", "Die iranischen Behörden nahmen sie fest.", "iranischen Behörden", "IRN",
         "GOV", "organ"),
        ("de", "Russlands Armee zog sich zurück.", "Russlands Armee", "RUS", "MIL", "organ"),
        ("de", "Israels Militär meldete Treffer.", "Israels Militär", "ISR", "MIL", "organ"),
        ("de", "US-Streitkräfte landeten im Hafen.", "US-Streitkräfte", "USA", "MIL", "organ"),
        ("de", "Die Bundesregierung protestierte.", "Bundesregierung", "DEU", "GOV", "organ"),
        ("de", "Der Sprecher der Armee Polens widersprach.", "Armee", "POL", "MIL",
         "organ"),
        ("de", "Israelische Drohnen griffen das Lager an.", "Israelische Drohnen",
         "ISR", "MIL", "adjective"),
        ("de", "Israelische Kampfflugzeuge griffen das Lager an.", "Israelische Kampfflugzeuge",
         "ISR", "MIL", "organ"),
        ("de", "Syrischer Beschuss traf das Dorf.", "Syrischer Beschuss", "SYR", "MIL",
         "adjective"),
        ("de", "Ankara reagierte verärgert.", "Ankara", "TUR", "GOV", "metonym"),
        ("de", "Der Kreml dementierte den Bericht.", "Kreml", "RUS", "GOV", "metonym"),
        ("de", "Das Weiße Haus schwieg.", "Weiße Haus", "USA", "GOV", "metonym"),
        ("de", "Die Führung in Bergkarabach gab auf.", "Bergkarabach", "AZE", "PRE", "place"),
        ("de", "Putins Sprecher wies das zurück.", "Putins Sprecher", "RUS", "GOV", "role"),
        ("en", "The Israeli military struck the camp.", "Israeli military", "ISR", "MIL",
         "organ"),
        ("en", "Russia's army withdrew overnight.", "Russia's army", "RUS", "MIL", "organ"),
        ("en", "US officials declined to comment.", "US officials", "USA", "GOV", "organ"),
        ("en", "Downing Street said the talks were over.", "Downing Street", "GBR", "GOV",
         "metonym"),
        ("en", "The Kremlin denied the report.", "Kremlin", "RUS", "GOV", "metonym"),
        ("de", "Die Polizei in Minsk nahm Demonstranten fest.", "Polizei", "BLR", "COP",
         "organ"),
        ("en", "The authorities in Tehran detained two journalists.", "authorities", "IRN",
         "GOV", "organ"),
    ],
)
def test_linker_country_from_context(stages, lang, text, surface, country, sector, kind):
    found = mention(link(stages, lang, text), surface)
    assert (found.country, found.sector, found.kind) == (country, sector, kind)


@pytest.mark.parametrize(
    ("lang", "text", "surface", "role", "country"),
    [
        ("de", "Der russische Präsident kündigte Vergeltung an.", "russische Präsident",
         "head_of_state", "RUS"),
        ("de", "Der Kremlchef schwieg dazu.", "Kremlchef", "head_of_state", "RUS"),
        ("de", "Frankreichs Präsident reiste ab.", "Frankreichs Präsident", "head_of_state",
         "FRA"),
        ("en", "The French president flew to Berlin.", "French president", "head_of_state",
         "FRA"),
        ("en", "Turkey's president said so on Monday.", "Turkey's president", "head_of_state",
         "TUR"),
    ],
)
def test_linker_role_resolves_to_office_holder(stages, lang, text, surface, role, country):
    found = mention(link(stages, lang, text), surface)
    assert found.entity == holder(lang, role, country)
    assert found.type == "PERSON"


def test_linker_role_uses_document_date(stages):
    text = "Der polnische Außenminister reiste nach Kiew."
    early = mention(link(stages, "de", text, "2023-06-01"), "polnische Außenminister")
    late = mention(link(stages, "de", text, "2024-06-01"), "polnische Außenminister")
    assert early.entity == holder("de", "foreign_minister", "POL", "2023-06-01")
    assert late.entity == holder("de", "foreign_minister", "POL", "2024-06-01")
    assert early.entity != late.entity


def test_linker_former_office_is_not_resolved(stages):
    found = mention(link(stages, "de", "Der frühere russische Präsident sprach."), "Präsident")
    assert found.entity is None
    assert found.country == "RUS"


@pytest.mark.parametrize(
    ("lang", "text", "name", "country", "sector"),
    [
        ("de", "Litauens Verteidigungsministerin Anna Kowalczyk widersprach.", "Anna Kowalczyk",
         "LTU", "GOV"),
        ("de", "Jonas Berg, Direktor des Instituts für Ostseestudien in Riga, warnte davor.",
         "Jonas Berg", "LVA", "THK"),
        ("en", "Estonia's defence minister Mart Kask rejected the claim.", "Mart Kask", "EST",
         "GOV"),
        ("en", "Jane Holloway, a researcher at the Kiel Institute, said the data were weak.",
         "Jane Holloway", "DEU", "THK"),
    ],
)
def test_linker_unknown_person_from_title_or_apposition(stages, lang, text, name, country,
                                                        sector):
    doc = link(stages, lang, text)
    entity = next(e for e in doc.entities if e.name == name)
    assert entity.id.startswith("chronist:")
    assert (entity.type, entity.country, entity.sector) == ("PERSON", country, sector)


@pytest.mark.parametrize(
    ("lang", "text", "surname"),
    [
        ("de", "Außenministerin Marta Nowicka traf Kollegen. Später sagte Nowicka, es gehe "
               "voran. Nowickas Büro bestätigte das.", "Nowicka"),
        ("en", "Foreign minister Marta Nowicka met colleagues. Later Nowicka said talks went "
               "well.", "Nowicka"),
    ],
)
def test_linker_surname_links_to_full_name(stages, lang, text, surname):
    doc = link(stages, lang, text)
    ids = {m.entity for m in doc.actor_mentions if surname in m.text}
    assert len(ids) == 1 and None not in ids
    assert sum(surname in m.text for m in doc.actor_mentions) == text.count(surname)


@pytest.mark.parametrize(
    ("lang", "text", "pronoun"),
    [
        ("de", "Wladimir Putin sprach lange. Er drohte dem Westen.", "Er"),
        ("en", "Joe Biden spoke for an hour. He warned Moscow.", "He"),
    ],
)
def test_linker_pronoun_after_one_person(stages, lang, text, pronoun):
    doc = link(stages, lang, text, "2023-05-01")
    name = doc.actor_mentions[0]
    found = mention(doc, pronoun)
    assert found.kind == "pronoun" and found.entity == name.entity


def test_linker_pronoun_ambiguous_stays_unlinked(stages):
    doc = link(stages, "en", "Joe Biden met Emmanuel Macron. He said little.", "2023-05-01")
    assert not [m for m in doc.actor_mentions if m.kind == "pronoun"]


def test_linker_counterpart_takes_office_of_antecedent(stages):
    text = "Außenministerin Annalena Baerbock traf ihren polnischen Amtskollegen in Warschau."
    found = mention(link(stages, "de", text, "2024-06-01"), "polnischen Amtskollegen")
    assert found.entity == holder("de", "foreign_minister", "POL", "2024-06-01")


@pytest.mark.parametrize(
    ("lang", "text", "surface", "entity_type", "sector"),
    [
        ("de", "Hamas-Kämpfer griffen an.", "Hamas-Kämpfer", "GROUP", "REB"),
        ("de", "Die Hisbollah feuerte Raketen.", "Hisbollah", "GROUP", "REB"),
        ("de", "Die Nato verstärkt die Ostflanke.", "Nato", "ORG", "IGO"),
        ("en", "The Houthis attacked a ship.", "Houthis", "GROUP", "REB"),
        ("en", "Gazprom cut supplies.", "Gazprom", "ORG", "BUS"),
    ],
)
def test_linker_organisations(stages, lang, text, surface, entity_type, sector):
    found = mention(link(stages, lang, text), surface)
    assert (found.type, found.sector) == (entity_type, sector)


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        ("de", "Die Delegation reiste nach Moskau.", "Moskau"),
        ("de", "Die Russland-Wahl endete.", "Russland"),
        ("en", "The strike hit military targets.", "military"),
        ("en", "Reporting by John Carter; Editing by Mary Lane", "John Carter"),
    ],
)
def test_linker_no_actor(stages, lang, text, absent):
    doc = link(stages, lang, text)
    actors = [m for m in doc.actor_mentions if m.is_actor]
    assert not [m for m in actors if absent in m.text]


def test_linker_entities_follow_output_contract(stages):
    doc = link(stages, "de", "Der russische Präsident und Olaf Scholz. Scholz sprach in Berlin.")
    for entity in doc.entities:
        assert entity.mentions and entity.type in ("PERSON", "ORG", "COUNTRY", "PLACE", "GROUP")
        for span in entity.mentions:
            assert doc.text[span.start:span.end] == span.text
    for m in doc.actor_mentions:
        assert doc.text[m.start:m.end] == m.text
        assert "\n" not in m.text


@pytest.mark.parametrize(
    ("lang", "text", "surface", "name"),
    [
        ("de", "Dennis Schröder warf zwölf Punkte.", "Dennis Schröder", "Dennis Schröder"),
        ("de", "Franz Wagner traf dreimal.", "Franz Wagner", "Franz Wagner"),
    ],
)
def test_linker_other_bearer_of_known_name(stages, lang, text, surface, name):
    found = mention(link(stages, lang, text), surface)
    assert found.name == name and found.entity.startswith("chronist:") and found.type == "PERSON"


def test_linker_feminine_role_never_resolves_to_a_man(stages):
    doc = link(stages, "de", "Die russische Präsidentin sprach.")
    found = mention(doc, "Präsidentin")
    assert found.entity != holder("de", "head_of_state", "RUS")


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        ("de", "Er arbeitete früher als Berater.", "Berater"),
        ("en", "She hopes to become Ireland's next president.", "president"),
    ],
)
def test_linker_predicate_role_is_no_mention(stages, lang, text, absent):
    assert not [m for m in link(stages, lang, text).actor_mentions if absent in m.text]


def test_linker_inflected_multiword_country_name(stages):
    found = mention(link(stages, "de", "Die Wahlkommission der Russischen Föderation tagte."),
                    "Russischen Föderation")
    assert found.country == "RUS"
    organ = mention(link(stages, "de", "Die Wahlkommission der Russischen Föderation tagte."),
                    "Wahlkommission")
    assert (organ.country, organ.sector) == ("RUS", "GOV")
    lower = mention(link(stages, "de", "Die Regierung der russischen Föderation tagte."),
                    "russischen Föderation")
    assert lower.entity == "Q159"


def test_linker_apposition_of_known_person(stages):
    text = "Olaf Scholz, der Vorsitzende der Kommission, widersprach."
    doc = link(stages, "de", text)
    name, role = mention(doc, "Olaf Scholz"), mention(doc, "Vorsitzende")
    assert role.kind == "description" and role.entity == name.entity


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("Die Außenministerin Marta Nowicka sagte, sie wolle reisen.", True),
        ("Die Demonstranten riefen, sie seien wütend.", False),
    ],
)
def test_linker_german_sie_only_for_one_woman(stages, text, linked):
    # A plural "sie" may take up the group (a GROUP pronoun), never a woman.
    pronouns = [m for m in link(stages, "de", text).actor_mentions
                if m.kind == "pronoun" and m.type == "PERSON"]
    assert bool(pronouns) == linked


def test_linker_envoy_in_a_capital_keeps_no_country_of_it(stages):
    """A role is posted to a place, not of it: "der Botschafter in Berlin" is foreign."""
    found = mention(link(stages, "de", "Der Botschafter in Berlin wurde einbestellt."),
                    "Botschafter")
    assert found.country != "DEU"


def mentions_of(doc: Document, surface: str) -> list[ActorMention]:
    return [m for m in doc.actor_mentions if m.text == surface]


@pytest.mark.parametrize(
    ("lang", "text", "surface", "actor"),
    [
        ("en", "Trust is the glue of government in any democracy.", "government", False),
        ("en", "Good government needs honest ministers.", "government", False),
        ("en", "The book tells you how to marshal your troops.", "troops", False),
        ("de", "Wie führst du deine Truppen?", "Truppen", False),
        ("en", "The Polish government rejected the plan.", "Polish government", True),
    ],
)
def test_linker_generic_institution_is_no_actor(stages, lang, text, surface, actor):
    found = mentions_of(link(stages, lang, text), surface)
    assert bool(found) is actor


@pytest.mark.parametrize(
    ("lang", "text", "surface", "country"),
    [
        ("en", "The Swedish government printed a leaflet. In Finland, the government "
               "published its advice online.", "government", "FIN"),
        ("de", "Die schwedische Regierung druckte ein Heft. In Finnland hat die Regierung "
               "ihre Hinweise online gestellt.", "Regierung", "FIN"),
    ],
)
def test_linker_sentence_opening_place_sets_the_scene(stages, lang, text, surface, country):
    found = mentions_of(link(stages, lang, text), surface)
    assert found and found[-1].country == country


@pytest.mark.parametrize(
    ("lang", "text", "surface", "country"),
    [
        ("de", "Der Kanzler schrieb dem Papst, dass Russland Demonstranten festgenommen habe.",
         "Demonstranten", "RUS"),
        ("en", "Macron told the pope that Belarus had detained protesters.", "protesters",
         "BLR"),
    ],
)
def test_linker_bare_noun_takes_its_own_clause_subject(stages, lang, text, surface, country):
    found = mentions_of(link(stages, lang, text), surface)
    assert found and found[0].country == country


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("The UN undersecretary general warned of famine.", {"IGO"}),
        ("The director general resigned on Monday.", set()),
        ("The army general resigned on Monday.", {"MIL"}),
    ],
)
def test_linker_role_word_closing_a_longer_title(stages, text, sectors):
    found = {m.sector for m in link(stages, "en", text).actor_mentions}
    assert found == sectors


@pytest.mark.parametrize(
    ("lang", "text", "surface", "actor"),
    [
        ("de", "Gegen den Auftritt formierte sich in sozialen Medien Kritik.", "Medien", False),
        ("en", "The clip spread quickly on social media.", "media", False),
        ("de", "Iranische Medien berichteten über die Festnahme.", "Iranische Medien", True),
    ],
)
def test_linker_social_media_is_no_actor(stages, lang, text, surface, actor):
    assert bool(mentions_of(link(stages, lang, text), surface)) is actor


@pytest.mark.parametrize(
    ("text", "kind", "sector"),
    [
        ("Bayern klagt gegen den Finanzausgleich.", "metonym", "GOV"),
        ("Nach der Flut stellt Rheinland-Pfalz seinen Katastrophenschutz neu auf.",
         "metonym", "GOV"),
        ("Bayern liegt im Süden.", "place", None),
        ("Die Polizei nahm in Bayern zwei Männer fest.", "place", None),
    ],
)
def test_linker_german_land_as_acting_subject_is_its_government(stages, text, kind, sector):
    land = next(m for m in link(stages, "de", text).actor_mentions
                if m.text in ("Bayern", "Rheinland-Pfalz"))
    assert (land.kind, land.sector, land.country) == (kind, sector, "DEU")


@pytest.mark.parametrize(
    ("lang", "text", "surface", "entity"),
    [
        ("de", 'Er teilte einen Eintrag des Accounts "Women for Trump".', "Women for Trump",
         "chronist:women-for-trump"),
        ("en", "The group Lawyers for Biden met on Monday.", "Lawyers for Biden",
         "chronist:lawyers-for-biden"),
        ("en", "Many people voted for Biden.", "Biden", "Q6279"),
        ("de", "Die Werbung für Trump war teuer.", "Trump", "Q22686"),
    ],
)
def test_linker_group_named_for_a_person_is_the_group(stages, lang, text, surface, entity):
    found = mentions_of(link(stages, lang, text), surface)
    assert found and found[0].entity == entity


@pytest.mark.parametrize(
    ("text", "surface", "actor"),
    [
        ("Everyone is talking about On Leadership, the new book.", "Leadership", False),
        ("The Leadership in Moscow denied it.", "Leadership", True),
    ],
)
def test_linker_organ_noun_in_a_work_title_is_no_actor(stages, text, surface, actor):
    assert bool(mentions_of(link(stages, "en", text), surface)) is actor


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Weber, die damals schon Bundesinnenministerin war, schwieg dazu.",
         "Bundesinnenministerin"),
        ("Er erklärte, warum er nie Außenminister geworden ist.", "Außenminister"),
    ],
)
def test_linker_german_verb_final_predicate_role_is_no_mention(stages, text, absent):
    assert not mentions_of(link(stages, "de", text), absent)


def test_linker_role_before_a_full_verb_stays_a_mention(stages):
    assert mentions_of(link(stages, "de", "Die Bundesinnenministerin sagte, sie schweige."),
                       "Bundesinnenministerin")


@pytest.mark.parametrize(
    ("lang", "text", "surface", "actor"),
    [
        ("en", "She spent nine years as an opposition socialist lawmaker.", "lawmaker", False),
        ("de", "Er meldete sich, als sich der neue Präsident Macron äußerte.", "Macron", True),
    ],
)
def test_linker_predicate_reaches_over_modifiers(stages, lang, text, surface, actor):
    found = [m for m in link(stages, lang, text).actor_mentions if surface in m.text]
    assert bool(found) is actor
