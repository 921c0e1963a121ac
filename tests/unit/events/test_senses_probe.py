"""Breadth from the blind sentence probe (session 14): light-verb frames, idioms, phrasal
verbs and compounds journalists use for each PLOVER type, and the mechanisms behind some of
them (reformed spelling, split hyphenated words, the doer of an event noun in a by-phrase,
phrases of time that are no content). Our own sentences."""

from __future__ import annotations

import pytest


def _types(events: list) -> dict[str, str]:
    return {e.trigger.text: e.type for e in events}


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "expected"),
    [
        ("Die Regierungen Chiles und Perus haben sich am Freitag auf neue Fangquoten verständigt.",
         "de", "verständigt", "AGREE"),
        ("Der portugiesische Premier stattete Angola im Mai einen Besuch ab.", "de", "stattete",
         "CONSULT"),
        ("Die Dienstreise des estnischen Außenministers nach Tokio dauerte drei Tage.", "de",
         "Dienstreise", "CONSULT"),
        ("Der belgische König bat den Kongo um Verzeihung für die Verbrechen der Kolonialzeit.",
         "de", "bat", "CONCEDE"),
        ("Die slowakische Regierung zog den umstrittenen Gesetzentwurf nach Protesten zurück.",
         "de", "zog", "CONCEDE"),
        ("Österreich hat den italienischen Behörden Unterlagen über die Konten übermittelt.", "de",
         "übermittelt", "COOPERATE"),
        ("Im Kampf gegen den Drogenschmuggel ziehen Kolumbien und Ecuador an einem Strang.", "de",
         "ziehen", "COOPERATE"),
        ("Estnische und lettische Grenzschützer patrouillierten gemeinsam an der Küste.", "de",
         "patrouillierten", "COOPERATE"),
        ("Dänemark hat der Ukraine weitere Mittel zur Verfügung gestellt.", "de", "gestellt",
         "AID"),
        ("Norwegische Hilfsgüter sind am Montag in Port-au-Prince eingetroffen.", "de",
         "eingetroffen", "AID"),
        ("Die Regierung in Rom tat die Kritik aus Brüssel als Wahlkampf ab.", "de", "tat",
         "REJECT"),
        ("Ankara behält sich Gegenmaßnahmen gegen Griechenland vor.", "de", "behält", "THREATEN"),
        ("Der Importstopp Chinas für japanische Meeresfrüchte gilt weiter.", "de", "Importstopp",
         "SANCTION"),
        ("Die kubanische Regierung hat drei Dissidenten ausgebürgert.", "de", "ausgebürgert",
         "COERCE"),
        ("Die ukrainische Armee nahm russische Stellungen unter Beschuss.", "de", "nahm",
         "ASSAULT"),
        ("Chile and Argentina hammered out a deal on water rights on Tuesday.", "en", "hammered",
         "AGREE"),
        ("The Belgian king asked Congo for forgiveness for the colonial abuses.", "en", "asked",
         "CONCEDE"),
        ("The Slovak government shelved the controversial media bill after protests.", "en",
         "shelved", "CONCEDE"),
        ("Colombia and Ecuador pooled their resources to fight drug smuggling.", "en", "pooled",
         "COOPERATE"),
        ("The Danish government allocated 50 million euros to Ukraine.", "en", "allocated", "AID"),
        ("Mexico's insistence on a new border treaty angered Guatemala.", "en", "insistence",
         "REQUEST"),
        ("The Chilean Senate voted down the trade agreement with Peru.", "en", "voted", "REJECT"),
        ("Ankara brushed aside the criticism from Athens.", "en", "brushed", "REJECT"),
        ("Greece was put on notice by Turkey that drilling would not be tolerated.", "en", "put",
         "THREATEN"),
        ("Cuba stripped three dissidents of their citizenship.", "en", "stripped", "COERCE"),
        ("Turkish troops launched a military operation in northern Iraq on Monday.", "en",
         "operation", "ASSAULT"),
    ],
)  # fmt: skip
def test_a_phrasing_gives_its_type(events_of, text, lang, trigger, expected) -> None:
    assert _types(events_of(text, lang)).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Polizei hat die Feuerwehr verständigt.", "de"),
        ("Der Minister stellt sich für Fragen zur Verfügung.", "de"),
        ("Die Bundestagspräsidentin steht seit Wochen unter Beschuss.", "de"),
        ("Das Weiße Haus hat später eine Abschrift zur Verfügung gestellt.", "de"),
        ("Im Kampf gegen den Drogenschmuggel setzt Ecuador auf neue Scanner.", "de"),
        ("Pakistan has allocated 70 million dollars for a digital initiative in its budget.",
         "en"),
    ],
)  # fmt: skip
def test_other_senses_of_the_new_words_code_nothing(events_of, text, lang) -> None:
    assert events_of(text, lang) == []


def test_reformed_spelling_finds_a_noun_lemmatised_in_the_old_one(events_of) -> None:
    """The lemmatizer gives "Beschuß"; the lexicon has "Beschuss"."""
    events = events_of("Der Beschuss der Stadt durch russische Truppen dauerte die Nacht an.", "de")
    assert _types(events).get("Beschuss") == "ASSAULT"


def test_spellings_adds_the_reformed_one() -> None:
    from chronist.events.triggers import _spellings

    assert _spellings(["beschuß", "angriff"]) == ["beschuß", "beschuss", "angriff"]


def test_a_split_hyphenated_noun_is_one_lemma(events_of) -> None:
    text = "A sit-in by Kenyan teachers outside parliament entered its third day."
    events = events_of(text, "en")
    protests = [e for e in events if e.type == "PROTEST"]
    assert protests and protests[0].source is not None and protests[0].source.country == "KEN"


def test_the_by_phrase_of_an_event_noun_names_its_doer(events_of) -> None:
    events = events_of("The visit by the French president to Algeria lasted two days.", "en")
    visits = [e for e in events if e.type == "CONSULT"]
    assert visits and visits[0].source is not None and visits[0].source.country == "FRA"


def test_an_event_noun_of_time_is_no_content(events_of) -> None:
    """"einigten sich nach Verhandlungen": the talks are a happening of their own, not
    what is agreed (English keeps such a phrase inside the agreement: `_embedded`)."""
    text = "Die Minister Chiles und Perus einigten sich nach langen Verhandlungen auf einen Plan."
    types = _types(events_of(text, "de"))
    assert types.get("Verhandlungen") == "CONSULT"
    assert types.get("einigten") == "AGREE"


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "expected"),
    [
        ("Der Kreml stellte Warschau Konsequenzen in Aussicht.", "de", "stellte", "THREATEN"),
        ("Die Regierung legte die Gespräche mit Kiew auf Eis.", "de", "legte", "SANCTION"),
        ("Polnische Bergleute legten am Montag die Arbeit nieder.", "de", "legten", "PROTEST"),
        ("Ungarn stellte sich gegen den Plan der EU quer.", "de", "stellte", "REJECT"),
        ("Die Junta setzte den früheren Präsidenten Nigers auf freien Fuß.", "de", "setzte",
         "RETREAT"),
        ("Die türkische Polizei brachte den Journalisten hinter Gitter.", "de", "brachte",
         "COERCE"),
        ("Der serbische Präsident führte in Peking Gespräche mit Xi Jinping.", "de", "führte",
         "CONSULT"),
        ("Das iranische Militär eröffnete das Feuer auf ein Fischerboot aus Kuwait.", "de",
         "eröffnete", "ASSAULT"),
        ("Poland came to the aid of Ukraine with tanks.", "en", "came", "AID"),
        ("Hungary pushed back against the EU sanctions plan.", "en", "pushed", "REJECT"),
        ("French dockworkers downed tools on Monday.", "en", "downed", "PROTEST"),
        ("Turkish police put the opposition mayor behind bars.", "en", "put", "COERCE"),
        ("Israel put the talks with Lebanon on ice.", "en", "put", "SANCTION"),
        ("Russian rockets rained down on Kharkiv overnight.", "en", "rained", "ASSAULT"),
        ("Die Ingewahrsamnahme des Bürgermeisters durch die türkische Polizei löste Proteste aus.",
         "de", "Ingewahrsamnahme", "COERCE"),
        ("Die Küstenwache setzte den Tanker aus Panama vor Gotland fest.", "de", "setzte",
         "COERCE"),
        ("The clampdown on the opposition by Georgian police continued on Sunday.", "en",
         "clampdown", "COERCE"),
        ("The drawdown of US troops from Iraq was completed in December.", "en", "drawdown",
         "RETREAT"),
        ("Warschau gab Brüssel beim Migrationspakt einen Korb.", "de", "gab", "REJECT"),
        ("Die russische Armee überzog die Region Sumy mit Luftangriffen.", "de", "überzog",
         "ASSAULT"),
        ("Gunmen hacked three Nigerian soldiers to death near Maiduguri.", "en", "hacked",
         "ASSAULT"),
        ("Iran funnelled weapons to the Houthis in Yemen.", "en", "funnelled", "AID"),
    ],
)  # fmt: skip
def test_an_idiom_gives_its_type(events_of, text, lang, trigger, expected) -> None:
    assert _types(events_of(text, lang)).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ukrainian troops pushed back Russian forces near Kharkiv.", "en"),
        ("The plane landed in Belgrade on Monday.", "en"),
        ("The local union pushed back by organising more workers.", "en"),
    ],
)  # fmt: skip
def test_other_senses_of_the_idioms_code_no_such_event(events_of, text, lang) -> None:
    assert not [e for e in events_of(text, lang) if e.type in {"REJECT", "CONSULT"}]


def test_the_theme_of_a_nominalisation_takes_its_by_phrase(events_of) -> None:
    """"the imposition of tariffs by Washington": Washington imposes them."""
    text = "The imposition of new tariffs on Mexican steel by Washington angered Mexico City."
    sanctions = [e for e in events_of(text, "en") if e.type == "SANCTION"]
    assert sanctions and sanctions[0].source is not None and sanctions[0].source.country == "USA"


def test_a_pronoun_doer_of_an_event_noun_is_the_speaker(events_of) -> None:
    text = "Ankara said on Monday it would launch a new military operation in northern Iraq."
    events = [e for e in events_of(text, "en") if e.trigger.text == "operation"]
    # Announced by the state that would do it: PLOVER's threat.
    assert events and events[0].source is not None and events[0].source.country == "TUR"
    assert events[0].type == "THREATEN"
