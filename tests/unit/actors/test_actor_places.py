"""Cities and regions (data/actors/places.yaml): a place is never an actor itself, but it
gives its country to what is located there. Sentences written for these tests."""

from __future__ import annotations

import pytest

from chronist.actors import build_stage
from chronist.actors.forms import german_city_adjectives
from chronist.actors.loading import load_vocabularies
from chronist.document import Document
from chronist.nlp import analyse


@pytest.fixture(scope="session")
def stages() -> dict:
    return {lang: build_stage(lang) for lang in ("de", "en")}


def link(stages: dict, lang: str, text: str) -> Document:
    doc = Document(text=text, language=lang, published="2024-03-01")
    doc.analysis = analyse(text, lang)
    return stages[lang](doc)


def test_places_file_has_hundreds_of_places_in_known_countries():
    vocab = load_vocabularies()
    countries = {c.id for c in vocab.countries.entries}
    assert vocab.places is not None and len(vocab.places.entries) >= 250
    assert all(p.country in countries for p in vocab.places.entries)
    assert all(p.de.names or p.en.names for p in vocab.places.entries)


@pytest.mark.parametrize(("name", "adjectives"), [
    ("Augsburg", ["Augsburger"]), ("Moskau", ["Moskauer"]), ("Odesa", []),
    ("Tel Aviv", []), ("Brest-Litowsk", []),
])
def test_places_german_city_adjective(name, adjectives):
    assert german_city_adjectives(name) == adjectives


@pytest.mark.parametrize(("lang", "text", "surface", "country"), [
    ("de", "Raketen schlugen am Morgen in Charkiw ein.", "Charkiw", "UKR"),
    ("de", "Täbris wurde von einem Erdbeben erschüttert.", "Täbris", "IRN"),
    ("en", "Odesa was hit by drones overnight.", "Odesa", "UKR"),
    ("en", "Protests spread across Mumbai on Sunday.", "Mumbai", "IND"),
    # breadth beyond the big capitals; German news' English spelling of a foreign place
    ("de", "Ein Frachter lief am Morgen in Beira ein.", "Beira", "MOZ"),
    ("en", "Flooding cut roads around Kumasi.", "Kumasi", "GHA"),
    ("de", "Bei einem Anschlag in Peshawar starben zwei Menschen.", "Peshawar", "PAK"),
])
def test_places_city_is_a_place_with_its_country_never_a_metonym(stages, lang, text,
                                                                  surface, country):
    doc = link(stages, lang, text)
    found = [m for m in doc.actor_mentions if m.text == surface]
    assert found, [m.text for m in doc.actor_mentions]
    assert found[0].kind == "place" and not found[0].is_actor
    assert found[0].country == country and found[0].type == "PLACE"


@pytest.mark.parametrize(("lang", "text", "surface", "country", "sector"), [
    ("de", "Die Polizei in Charkiw nahm zwei Männer fest.", "Polizei", "UKR", "COP"),
    ("de", "Der Hessische Verwaltungsgerichtshof wies die Klage ab.",
     "Hessische Verwaltungsgerichtshof", "DEU", "JUD"),
    ("de", "Die bayerische Staatsregierung widersprach.", "bayerische Staatsregierung",
     "DEU", "GOV"),
    ("de", "Die Kiewer Führung lehnte den Vorschlag ab.", "Kiewer Führung", "UKR", "GOV"),
    ("de", "Die Münchner Polizei ermittelt.", "Münchner Polizei", "DEU", "COP"),
    ("en", "The police in Kharkiv detained two men.", "police", "UKR", "COP"),
])
def test_places_give_their_country_to_organs(stages, lang, text, surface, country, sector):
    doc = link(stages, lang, text)
    found = [m for m in doc.actor_mentions if surface in m.text]
    assert found, [m.text for m in doc.actor_mentions]
    assert (found[0].country, found[0].sector) == (country, sector)


def test_places_city_in_compound_gives_no_actor_country(stages):
    doc = link(stages, "de", "Die Charkiw-Offensive kam ins Stocken.")
    assert not [m for m in doc.actor_mentions if m.is_actor and m.country == "UKR"]


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("de", "Die Regierung führte Kontrollen an der Grenze zu Tschechien ein.", "Tschechien"),
    ("de", "Hunderte Familien flohen in Richtung der Grenze zu Uganda.", "Uganda"),
    ("en", "Soldiers patrolled the border with Belarus for weeks.", "Belarus"),
    # English coordination continues a place list though a word that may be a verb
    # follows ("plan" tagged a noun there, "held" a verb)
    ("en", "Farmers in Belgium and the Netherlands plan to protest on Friday.",
     "the Netherlands"),
    ("en", "Rallies in Paris and Berlin drew thousands of people.", "Berlin"),
])
def test_places_border_and_coordinated_country_is_a_place(stages, lang, text, surface):
    doc = link(stages, lang, text)
    found = [m for m in doc.actor_mentions if m.text == surface]
    assert found, [m.text for m in doc.actor_mentions]
    assert found[0].kind == "place" and not found[0].is_actor


@pytest.mark.parametrize(("text", "surface", "venue"), [
    ("Im Landtag sorgte die Entscheidung für heftigen Streit.", "Landtag", True),
    ("Die Männer wurden am Bundesgerichtshof dem Haftrichter vorgeführt.",
     "Bundesgerichtshof", True),
    ("Vor dem Landgericht scheiterte die Klage der Firma.", "Landgericht", True),
    # a country word of its own or a plural keeps the organ an actor
    ("Sie arbeitet im schwedischen Justizministerium.", "schwedischen Justizministerium",
     False),
    ("Die Kosten werden in Regierungskreisen auf zwei Milliarden geschätzt.",
     "Regierungskreisen", False),
    ("Der Landtag beschloss am Dienstag das Gesetz.", "Landtag", False),
])
def test_places_organ_after_venue_preposition_is_no_actor(stages, text, surface, venue):
    doc = link(stages, "de", text)
    found = [m for m in doc.actor_mentions if m.text == surface]
    if venue:
        assert not found or not found[0].is_actor, [(m.text, m.kind) for m in found]
    else:
        assert found and found[0].is_actor, [(m.text, m.kind) for m in doc.actor_mentions]


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "Russian troops held drills in the breakaway region of Transnistria.",
     "Transnistria"),
    ("en", "The drills began near the regional capital Tiraspol.", "Tiraspol"),
    ("de", "Aserbaidschan übernahm die Kontrolle über die armenisch besiedelte Region "
     "Bergkarabach.", "Bergkarabach"),
])
def test_places_name_after_a_region_noun_is_a_place(stages, lang, text, surface):
    found = [m for m in link(stages, lang, text).actor_mentions if m.text == surface]
    assert found and not found[0].is_actor


@pytest.mark.parametrize(("lang", "text", "surface"), [
    # a region noun ending the sentence before, or "the defence of", makes no place
    ("en", "She spoke of peace in the region. Tokyo lodged a protest with Pyongyang.",
     "Tokyo"),
    ("en", "Rubio said Washington's commitment to the defence of Japan was firm.", "Japan"),
])
def test_places_region_or_link_word_elsewhere_keeps_the_actor(stages, lang, text, surface):
    found = [m for m in link(stages, lang, text).actor_mentions if m.text == surface]
    assert found and found[0].is_actor


@pytest.mark.parametrize(("lang", "text", "surface"), [
    # an English place name quoted in a German text keeps its English head
    ("de", "Der Präsident will einen Landeplatz auf dem South Lawn bauen lassen.",
     "South Lawn"),
    ("de", "Tausende versammelten sich am Times Square in New York.", "Times Square"),
    ("en", "The president wants a landing pad built on the North Lawn.", "North Lawn"),
    ("en", "Guests gathered in the Rose Garden on Monday.", "Rose Garden"),
])
def test_english_place_heads_make_no_actor(stages, lang, text, surface):
    doc = link(stages, lang, text)
    assert not any(m.text == surface and m.is_actor for m in doc.actor_mentions)


@pytest.mark.parametrize(("text", "lang", "surface", "kind"), [
    ("The raid drew sharp criticism from Warsaw.", "en", "Warsaw", "metonym"),
    ("The minister flew in from Warsaw on Monday.", "en", "Warsaw", "place"),
    ("Es kam scharfe Kritik aus Warschau.", "de", "Warschau", "metonym"),
    ("Der Minister reiste aus Warschau an.", "de", "Warschau", "place"),
])
def test_capital_after_a_voice_noun_and_from_is_its_government(stages, text, lang, surface,
                                                                kind):
    hits = [m for m in link(stages, lang, text).actor_mentions if m.text == surface]
    assert hits and hits[0].kind == kind


@pytest.mark.parametrize(("text", "surface", "actor"), [
    ("The group said it would challenge the law in federal court.", "court", False),
    ("The premier said in parliament that taxes would rise.", "parliament", False),
    ("The court ruled against the city on Monday.", "court", True),
    ("A lawyer who served in the army criticised the decision.", "army", True),
])
def test_english_organ_after_a_venue_preposition_is_a_venue(stages, text, surface, actor):
    hits = [m for m in link(stages, "en", text).actor_mentions
            if m.text.endswith(surface) and m.is_actor]
    assert bool(hits) == actor
