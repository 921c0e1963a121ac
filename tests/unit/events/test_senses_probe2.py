"""Breadth from the second blind sentence probe: word families of each PLOVER type (recalled
ships and ambassadors, dismantled checkpoints, laws rolled back, amnesties granted, work hand
in glove, money deposited with a central bank, ultimatums of a few hours, units dispatched or
advancing, banned newspapers, blacklists, exchanges of fire, stopovers, pleas for
forgiveness), the doer of an English retreat noun in its of-phrase, and the other senses of
the same words. Our own sentences."""

from __future__ import annotations

import pytest

from chronist.events.parties import countries_of


def _types(events: list) -> dict[str, str]:
    return {e.trigger.text: e.type for e in events}


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "expected"),
    [
        ("Russland hat seine Kriegsschiffe aus dem Hafen von Tartus zurückbeordert.", "de",
         "zurückbeordert", "RETREAT"),
        ("Die Niederlande haben ihren Botschafter aus Caracas zurückbeordert.", "de",
         "zurückbeordert", "SANCTION"),
        ("Die israelische Armee hat mehrere Straßensperren bei Hebron abgebaut.", "de",
         "abgebaut", "RETREAT"),
        ("Die rumänische Regierung hat die umstrittene Steuererhöhung nach Protesten gekippt.",
         "de", "gekippt", "CONCEDE"),
        ("Der kubanische Präsident gewährte 500 Häftlingen eine Amnestie.", "de", "gewährte",
         "CONCEDE"),
        ("Polen hat der Ukraine zwanzig Panzer überlassen.", "de", "überlassen", "AID"),
        ("Russische Truppen rücken auf die Stadt Saporischschja vor.", "de", "rücken",
         "MOBILIZE"),
        ("Die Wahlkommission in Minsk hat der Opposition die Teilnahme an der Wahl untersagt.",
         "de", "untersagt", "COERCE"),
        ("Großbritannien setzte vier russische Banken auf seine Sanktionsliste.", "de", "setzte",
         "SANCTION"),
        ("Die Regierung in Washington gab Teheran 48 Stunden, die Inspekteure ins Land zu lassen.",
         "de", "gab", "THREATEN"),
        ("Indische Soldaten lieferten sich mit pakistanischen Einheiten ein Feuergefecht.", "de",
         "Feuergefecht", "ASSAULT"),
        ("Die Marinen Indonesiens und Singapurs haben eine Marineübung in der Javasee beendet.",
         "de", "Marineübung", "COOPERATE"),
        ("Die Bitte des belgischen Königs um Vergebung wurde in Kinshasa aufmerksam verfolgt.",
         "de", "Bitte", "CONCEDE"),
        ("Der Zwischenstopp des chinesischen Außenministers in Fidschi dauerte nur einen Tag.",
         "de", "Zwischenstopp", "CONSULT"),
        ("The Kenyan government rolled back the fuel tax increase after two weeks of protests.",
         "en", "rolled", "CONCEDE"),
        ("Cuba's president granted an amnesty to 2,000 prisoners.", "en", "granted", "CONCEDE"),
        ("Turkish police worked hand in glove with their Greek counterparts to break up the "
         "smuggling gang.", "en", "worked", "COOPERATE"),
        ("Qatar deposited $1 billion with Egypt's central bank.", "en", "deposited", "AID"),
        ("The Israeli army dismantled several roadblocks near Hebron.", "en", "dismantled",
         "RETREAT"),
        ("Kenya's opposition leader took aim at the government over rising fuel prices.", "en",
         "took", "ACCUSE"),
        ("Washington gave Tehran 48 hours to release the detained sailors.", "en", "gave",
         "THREATEN"),
        ("Two destroyers were dispatched by the Pentagon to the Red Sea.", "en", "dispatched",
         "MOBILIZE"),
        ("Rebel fighters advanced on the city of Goma.", "en", "advanced", "MOBILIZE"),
        ("The Turkish authorities banned a Kurdish daily for a month.", "en", "banned", "COERCE"),
        ("Indian and Chinese troops exchanged fire along the disputed border.", "en", "exchanged",
         "ASSAULT"),
        ("Modi's stopover in Muscat lasted one day.", "en", "stopover", "CONSULT"),
        ("The European Union added five Iranian companies to its blacklist.", "en", "added",
         "SANCTION"),
        ("The Belgian king's plea for forgiveness was broadcast in Kinshasa.", "en", "plea",
         "CONCEDE"),
        ("Eine Rakete traf am Morgen ein Wohnhaus in Charkiw.", "de", "traf", "ASSAULT"),
        ("Frankreich stellte sich hinter die Kandidatur Italiens.", "de", "stellte", "SUPPORT"),
        ("Jordanien warf über dem Gazastreifen Hilfsgüter ab.", "de", "warf", "AID"),
        ("Ecuador hat zwei Terrorverdächtige an die peruanischen Behörden übergeben.", "de",
         "übergeben", "COOPERATE"),
        ("Tausende zogen am Samstag durch die Straßen von Tiflis.", "de", "zogen", "PROTEST"),
        ("Polen blockierte die gemeinsame Erklärung des Gipfels.", "de", "blockierte", "REJECT"),
        ("Hungary blocked a joint statement on the war.", "en", "blocked", "REJECT"),
        ("The junta placed the former president under house arrest.", "en", "placed", "COERCE"),
        ("Israel said it would respond with force to any attack.", "en", "respond", "THREATEN"),
        ("Russia blocked access to WhatsApp nationwide.", "en", "blocked", "COERCE"),
        ("Turkey restricted access to YouTube after the blast.", "en", "restricted", "COERCE"),
        ("Protesters blocked access to the port of Rotterdam.", "en", "blocked", "PROTEST"),
        ("Bauern blockierten mit Traktoren die Zufahrt zum Hafen von Antwerpen.", "de",
         "blockierten", "PROTEST"),
        ("Russland blockierte die Zufahrt zum Hafen von Odessa.", "de", "blockierte", "COERCE"),
        ("Die ukrainische Armee übergab die Stadt den russischen Truppen.", "de", "übergab",
         "RETREAT"),
    ],
)  # fmt: skip
def test_a_phrasing_of_the_family_gives_its_type(events_of, text, lang, trigger, expected) -> None:
    assert _types(events_of(text, lang)).get(trigger) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ich überlasse die Entscheidung meiner Frau.", "de"),
        ("Die Aktie kippte am Nachmittag ins Minus.", "de"),
        ("Shares of the carmaker advanced on Tuesday.", "en"),
        ("She deposited the cheque at her local branch.", "en"),
        ("The workers removed the old tiles from the roof.", "en"),
        ("The two families exchanged gifts at the wedding.", "en"),
        ("Die Gäste trafen am Abend im Hotel ein.", "de"),
        ("Die Kinder zogen durch die Straßen und sangen Lieder.", "de"),
        ("The company responded to the letter on Friday.", "en"),
        # Sport: a match won, an attack on the top of the table.
        ("Im Halbfinale schlug Leverkusen den FC Porto mit 3:1.", "de"),
        ("Nach dem fünften Sieg in Folge bläst Mainz zum Angriff auf die Tabellenspitze.", "de"),
        ("Der neue Fahrplan der Bahn sorgte bei Pendlern für Unruhe.", "de"),
        # "sich übergeben" is to vomit, even for an office holder.
        ("Der russische Außenminister übergab sich im Flugzeug.", "de"),
    ],
)  # fmt: skip
def test_other_senses_of_the_family_words_code_nothing(events_of, text, lang) -> None:
    assert events_of(text, lang) == []


def test_a_court_striking_down_a_law_makes_no_concession(events_of) -> None:
    events = events_of("Das Bundesverfassungsgericht hat das Gesetz gekippt.", "de")
    assert "CONCEDE" not in {e.type for e in events}


def test_a_fight_one_delivers_is_no_delivery(events_of) -> None:
    """ "lieferten sich ein Feuergefecht": a fight, no AID."""
    events = events_of(
        "Indische Soldaten lieferten sich mit pakistanischen Einheiten ein Feuergefecht.", "de"
    )
    assert "AID" not in {e.type for e in events}


def test_taking_aim_at_a_government_is_no_takeover(events_of) -> None:
    events = events_of("The opposition took aim at the government over food prices.", "en")
    assert "COERCE" not in {e.type for e in events}


def test_the_of_phrase_of_a_withdrawal_names_who_withdraws(events_of) -> None:
    events = events_of(
        "The withdrawal of French troops from Niger was completed in December.", "en"
    )
    retreat = next(e for e in events if e.type == "RETREAT")
    assert retreat.source is not None and retreat.source.country == "FRA"
    assert retreat.target is not None and retreat.target.country == "NER"


def _event(events: list, event_type: str):
    return next(e for e in events if e.type == event_type)


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "countries"),
    [
        # The reflexive pronoun before the subject is no subject; the bare names in -s
        # after the plural noun are its genitives, each state a party.
        ("Am Dienstag haben sich die Außenminister Kolumbiens und Ecuadors in Quito auf "
         "einen Fahrplan geeinigt.", "de", "AGREE", {"COL", "ECU"}),
        ("The governments of Chile and Peru agreed on new fishing quotas.", "en", "AGREE",
         {"CHL", "PER"}),
    ],
)  # fmt: skip
def test_a_plural_body_of_several_states_is_each_states(
    events_of, text, lang, event_type, countries
) -> None:
    assert countries_of(_event(events_of(text, lang), event_type).source) == countries


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("Vor der iranischen Botschaft in Wien protestierten am Samstag rund 300 Menschen.",
         "de", "IRN"),
        ("Hundreds of Kenyans rallied outside the Ugandan embassy in Nairobi on Saturday.", "en",
         "UGA"),
    ],
)  # fmt: skip
def test_a_crowd_before_an_embassy_protests_to_its_state(events_of, text, lang, country) -> None:
    protest = _event(events_of(text, lang), "PROTEST")
    assert protest.target is not None and protest.target.country == country


@pytest.mark.parametrize(
    ("text", "lang", "event_type"),
    [
        ("Serbien und Kosovo haben ihre Beziehungen normalisiert.", "de", "SUPPORT"),
        ("Talks between Ethiopia and Egypt resumed in Addis Ababa on Tuesday.", "en", "CONSULT"),
    ],
)  # fmt: skip
def test_a_party_of_a_joint_act_is_not_its_target(events_of, text, lang, event_type) -> None:
    event = _event(events_of(text, lang), event_type)
    assert len(countries_of(event.source)) == 2
    assert not countries_of(event.target)


@pytest.mark.parametrize(
    ("text", "lang", "event_type", "countries"),
    [
        ("Die Zusammenarbeit zwischen Kiew und Warschau wurde ausgebaut.", "de", "COOPERATE",
         {"UKR", "POL"}),
        ("Intelligence sharing between Seoul and Tokyo was restored.", "en", "COOPERATE",
         {"KOR", "JPN"}),
        ("A firefight between Indian and Chinese troops broke out on the border.", "en",
         "ASSAULT", {"IND", "CHN"}),
    ],
)  # fmt: skip
def test_both_sides_between_whom_a_noun_happens_do_it(
    events_of, text, lang, event_type, countries
) -> None:
    event = _event(events_of(text, lang), event_type)
    assert countries_of(event.source) == countries
    assert not countries_of(event.target)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vor einer Moschee in Peschawar hat sich am Freitag ein Selbstmordattentäter in die "
         "Luft gesprengt.", "de"),
        ("A suicide bomber blew himself up outside a mosque in Peshawar on Friday.", "en"),
    ],
)  # fmt: skip
def test_blowing_oneself_up_is_a_suicide_attack(events_of, text, lang) -> None:
    attack = _event(events_of(text, lang), "ASSAULT")
    assert attack.mode == "suicide-attack"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Am Montag hat sich der Mann in seiner Zelle getötet.", "de"),
        ("The man killed himself in his cell.", "en"),
    ],
)  # fmt: skip
def test_harming_oneself_is_still_no_event(events_of, text, lang) -> None:
    assert events_of(text, lang) == []


def test_the_parties_of_a_joint_act_are_each_others_counterparts(events_of) -> None:
    """ "sprachen miteinander": a joint act of two states needs no third party as target."""
    events = events_of(
        "Die Außenminister Polens und Deutschlands sprachen am Dienstag in Berlin miteinander.",
        "de",
    )
    assert countries_of(_event(events, "CONSULT").source) == {"POL", "DEU"}


@pytest.mark.parametrize(
    ("text", "noun", "event_type", "target"),
    [
        ("Das Versprechen Japans, Mosambik Hilfe zu schicken, wurde in Maputo begrüßt.",
         "Versprechen", "AGREE", "MOZ"),
        ("Die Drohung Moskaus, die Gaslieferungen an Moldau einzustellen, wurde kritisiert.",
         "Drohung", "THREATEN", "MDA"),
    ],
)  # fmt: skip
def test_a_zu_infinitive_after_a_noun_of_promise_is_its_content(
    events_of, text, noun, event_type, target
) -> None:
    events = events_of(text, "de")
    owner = next(e for e in events if e.trigger.text == noun)
    assert owner.type == event_type
    assert owner.target is not None and owner.target.country == target
    # The promised or threatened act did not happen: no event of its own.
    assert not any(e.trigger.text in {"schicken", "einzustellen"} for e in events)


def test_a_zu_infinitive_after_a_finite_verb_is_no_nouns_content(events_of) -> None:
    events = events_of("Nach dem Abkommen begann Japan, Mosambik Hilfe zu schicken.", "de")
    assert _types(events).get("schicken") == "AID"


def test_an_agreement_that_came_about_is_one_between_its_parties(events_of) -> None:
    events = events_of(
        "Ein Abkommen zwischen Moskau und Kiew über den Austausch von Gefangenen kam am "
        "Dienstag in Abu Dhabi zustande.",
        "de",
    )
    agree = _event(events, "AGREE")
    assert countries_of(agree.source) == {"RUS", "UKR"}
    assert not countries_of(agree.target)


def test_an_agreement_named_only_is_no_event(events_of) -> None:
    assert events_of("Das Abkommen zwischen Moskau und Kiew gilt seit 2015.", "de") == []


def test_fighting_between_two_armies_has_no_third_target(events_of) -> None:
    events = events_of(
        "Bei Gefechten zwischen indischen und pakistanischen Soldaten in Kaschmir starben "
        "zwei Menschen.",
        "de",
    )
    fight = _event(events, "ASSAULT")
    assert countries_of(fight.source) == {"IND", "PAK"}
    assert not countries_of(fight.target)


def test_the_origin_of_a_criticism_is_its_doer(events_of) -> None:
    events = events_of("Heftige Kritik an dem Manöver kam am Montag aus Moskau.", "de")
    accuse = _event(events, "ACCUSE")
    assert accuse.source is not None and accuse.source.country == "RUS"
