"""Senses of common verbs: a judgement of an act as unjust or false ('called the duties
"unjustified"', 'nannte die Äußerung „unerträglich“'), passing a law or a sanctions package,
protesters converging on a place, speaking out or cautioning against something, shutting a
border, using weapons, declaring solidarity with someone, fining, an advance on a city,
sabotage, making something a condition. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("language", "text", "trigger"),
    [
        ("en", 'The German government called the Russian move "absurd".', "called"),
        ("en", 'The European Commission called the Chinese duties "unjustified".', "called"),
        ("de", "Der Ministerpräsident nannte die Äußerung des Ministers „unerträglich“.", "nannte"),
        ("de", "Die Regierung bezeichnete die russischen Drohungen als zynisch.", "bezeichnete"),
        ("en", "The senator spoke out against the bill to ban abortion in Texas.", "spoke"),
        ("en", "Activists in Namibia cautioned against the government's plan.", "cautioned"),
    ],
)
def test_judging_an_act_unjust_is_an_accusation(events_of, language, text, trigger) -> None:
    assert by_trigger(events_of(text, language))[trigger].type == "ACCUSE"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The chancellor called the talks in Geneva constructive."),
        ("de", "Der Kanzler nannte das Treffen mit Macron konstruktiv."),
    ],
)
def test_a_kind_judgement_is_no_accusation(events_of, language, text) -> None:
    assert all(e.type != "ACCUSE" for e in events_of(text, language))


@pytest.mark.parametrize(
    ("language", "text", "trigger", "kind"),
    [
        ("de", "Der Bundestag verabschiedete am Donnerstag das Gesetz zur Wehrpflicht.",
         "verabschiedete", "AGREE"),
        ("de", "Die EU hat ein neues Sanktionspaket gegen Russland verabschiedet.",
         "verabschiedet", "SANCTION"),
        ("en", "The Senate passed the bill on Tuesday after a long debate in Washington.",
         "passed", "AGREE"),
        ("en", "Lithuania shut its border with Belarus for several weeks.", "shut", "COERCE"),
        ("en", "Russia used cluster munitions against Ukrainian cities.", "used", "ASSAULT"),
        ("de", "Russland setzte Marschflugkörper gegen die Ukraine ein.", "setzte", "ASSAULT"),
        ("en", "On Monday, hundreds of protesters converged on Helena in Montana.",
         "converged", "PROTEST"),
        ("de", "Deutschland erklärte sich solidarisch mit Polen.", "erklärte", "SUPPORT"),
        ("en", "The European Commission fined Google 2.4 billion euros.", "fined", "SANCTION"),
        ("en", "The rebels' advance on Goma displaced thousands in Congo.", "advance", "ASSAULT"),
        ("de", "Unbekannte haben in Brandenburg die Bahnstrecke sabotiert.", "sabotiert",
         "ASSAULT"),
        ("de", "Die Rebellen im Kongo hatten die Freilassung der Kämpfer zur Bedingung gemacht.",
         "gemacht", "REQUEST"),
        ("en", "The rebels in Congo made the release of their fighters a condition for talks.",
         "made", "REQUEST"),
    ],
)
def test_common_verbs_in_their_political_sense(events_of, language, text, trigger, kind) -> None:
    assert by_trigger(events_of(text, language))[trigger].type == kind


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die Kanzlerin verabschiedete sich von den Gästen aus Frankreich."),
        ("en", "Thousands of fans converged on the stadium in Munich."),
        ("de", "Die Firma setzt in Frankreich Drohnen zur Vermessung ein."),
        ("en", "Technological advances in China worry the U.S. government."),
        ("en", "The new rules make a visa a condition for entry into Germany."),
    ],
)
def test_the_everyday_senses_stay_uncoded(events_of, language, text) -> None:
    assert events_of(text, language) == []


def test_solidarity_expressed_with_someone_supports_them(events_of) -> None:
    text = "Britain and Germany expressed solidarity with Warsaw on Tuesday."
    support = by_trigger(events_of(text, "en"))["expressed"]
    assert support.type == "SUPPORT" and support.target.country == "POL"


def test_a_judged_accusation_with_its_own_doer_stays_an_act(events_of) -> None:
    text = 'The Irish minister called the opposition\'s criticism of the German budget "absurd".'
    types = {e.trigger.text: e.type for e in events_of(text, "en")}
    assert types.get("called") == "ACCUSE" and types.get("criticism") == "ACCUSE"


def test_sabotaging_talks_is_no_attack(events_of) -> None:
    events = events_of("Die Opposition will die Verhandlungen mit Polen sabotieren.", "de")
    assert all(e.type != "ASSAULT" for e in events)
