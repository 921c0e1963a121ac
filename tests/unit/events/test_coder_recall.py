"""Recall: predicates and clauses the coder must not miss, through the full pipeline on
sentences of our own (wire-news verbs and frames, adverbial and participle clauses, German
coordinated verbs and quoted phrases inside a clause)."""

from __future__ import annotations

import pytest


def _types(events: list) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize(
    ("language", "text", "event_type", "trigger"),
    [
        ("en", "Turkish jets struck Kurdish militia positions in northern Syria on Sunday.",
         "ASSAULT", "struck"),
        ("en", "A Chinese coast guard ship rammed a Vietnamese fishing boat near the Paracels.",
         "ASSAULT", "rammed"),
        ("en", "The Indonesian government expressed concern over the detention of its citizens "
         "in Malaysia.", "ACCUSE", "expressed"),
        ("en", "The French minister said Paris wanted Algeria to take back the deported men.",
         "REQUEST", "wanted"),
        ("en", "The Qatari prime minister shuttled between the Israeli and Hamas negotiators.",
         "CONSULT", "shuttled"),
        ("en", "Greece and Turkey resumed talks on maritime borders in Athens.",
         "CONSULT", "resumed"),
        ("en", "Japan scrambled fighter jets as Russian bombers approached its airspace.",
         "MOBILIZE", "scrambled"),
        ("en", "Canada extended sanctions on Iranian officials for another year.",
         "SANCTION", "extended"),
        # A measure challenged at the WTO is a legal complaint (the written gold codes it
        # AGREE, also ACCUSE: en-03, en-26).
        ("en", "The Brazilian government said it would challenge the tariffs at the WTO.",
         "ACCUSE", "challenge"),
        ("en", "Norway mediated between the Colombian government and the rebels.",
         "CONSULT", "mediated"),
        ("en", "Pakistan test-fired a cruise missile on Tuesday.", "MOBILIZE", "fired"),
        ("de", "In Litauen stiegen am Morgen Kampfjets der Nato auf.", "MOBILIZE", "stiegen"),
        ("de", "Die rumänische Regierung äußerte Besorgnis über die Verhaftungen in Moldau.",
         "ACCUSE", "äußerte"),
        ("de", "Der kanadische Außenminister zeigte sich besorgt über die Lage in Haiti.",
         "ACCUSE", "zeigte"),
        ("de", "Ein chinesisches Schiff rammte ein philippinisches Boot.", "ASSAULT", "rammte"),
        ("de", "Österreich führte Kontrollen an der Grenze zu Slowenien ein.", "COERCE", "führte"),
        ("de", "Im Oktober hatten belarussische Ballons litauisches Gebiet überflogen.",
         "ASSAULT", "überflogen"),
    ],
)  # fmt: skip
def test_recall_predicate_is_coded(
    events_of, language: str, text: str, event_type: str, trigger: str
) -> None:
    assert (event_type, trigger) in _types(events_of(text, language))


def test_recall_finite_adverbial_clause_is_an_event_of_its_own(events_of) -> None:
    text = (
        "Ottawa opened an investigation into Chinese steel in May, weeks after Beijing "
        "imposed tariffs on Canadian canola."
    )
    types = _types(events_of(text, "en"))
    assert ("ACCUSE", "opened") in types
    assert ("SANCTION", "imposed") in types


def test_recall_participle_clause_of_another_type_is_an_event(events_of) -> None:
    text = (
        "Hungary blocked the EU statement on Monday, accusing the Commission of "
        "interfering in its elections."
    )
    assert ("ACCUSE", "accusing") in _types(events_of(text, "en"))


def test_recall_participle_clause_of_the_same_act_is_not_a_second_event(events_of) -> None:
    events = events_of("Rebels attacked an army post in Mali, killing four soldiers.", "en")
    assert [e.type for e in events].count("ASSAULT") == 1


def test_recall_want_without_someone_to_act_is_no_demand(events_of) -> None:
    types = [e.type for e in events_of("Poland wants to buy more tanks from South Korea.", "en")]
    assert "REQUEST" not in types


def test_recall_announced_sanction_stays_a_sanction(events_of) -> None:
    text = "India will impose anti-dumping duties on Chinese steel, its trade ministry said."
    event = next(e for e in events_of(text, "en") if e.trigger.text == "impose")
    assert (event.type, event.factuality) == ("SANCTION", "planned")
    assert event.attributes["plover_reading"]["type"] == "AGREE"


def test_recall_planned_protest_stays_a_protest(events_of) -> None:
    text = "Teachers' unions in Argentina plan to protest outside the Congress next week."
    event = next(e for e in events_of(text, "en") if e.trigger.text == "protest")
    assert (event.type, event.factuality) == ("PROTEST", "planned")


def test_recall_threat_to_sanction_is_still_a_threat(events_of) -> None:
    types = [e.type for e in events_of("Washington threatened to impose sanctions on Caracas.",
                                       "en")]
    assert "THREATEN" in types


def test_recall_not_hesitate_is_no_negation(events_of) -> None:
    text = "The Turkish president said Ankara would not hesitate to use force against the PKK."
    event = next(e for e in events_of(text, "en") if e.trigger.text == "use")
    assert event.factuality != "negated"


def test_recall_met_with_criticism_is_no_meeting(events_of) -> None:
    text = "The Hungarian plan was met with criticism from Poland."
    assert "CONSULT" not in [e.type for e in events_of(text, "en")]


def test_recall_german_adverbial_clause_is_an_event(events_of) -> None:
    text = (
        "Die Slowakei kritisierte Ungarn scharf, nachdem die Regierung in Budapest die "
        "Abschiebung von zwanzig Migranten angeordnet hatte."
    )
    assert ("COERCE", "angeordnet") in _types(events_of(text, "de"))


def test_recall_german_quoted_phrase_stays_in_its_clause(events_of) -> None:
    text = "Der Außenminister sagte, Frankreich werde Armenien „mit allen Mitteln“ unterstützen."
    event = next(e for e in events_of(text, "de") if e.trigger.text == "unterstützen")
    assert event.source is not None and event.source.country == "FRA"
    assert event.target is not None and event.target.country == "ARM"


def test_recall_german_second_verb_after_und(events_of) -> None:
    text = (
        "Die Ministerin traf den lettischen Präsidenten in Riga und kündigte neue Hilfen "
        "für Lettland an."
    )
    types = _types(events_of(text, "de"))
    assert ("CONSULT", "traf") in types
    assert ("AGREE", "kündigte") in types
