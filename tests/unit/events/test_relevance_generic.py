"""Generic and deontic statements (precision round 5): what usually happens, what must be
done regularly, what can or must be done ("ist zu ..."), no happening. Controls: the same
acts reported as done stay. Sentences of our own, through the full pipeline."""

from __future__ import annotations

import pytest


def _types(events, type_: str) -> list[str]:
    return [e.type for e in events if e.type == type_]


@pytest.mark.parametrize(
    ("text", "lang", "type_"),
    [
        (
            "Die Minister treffen sich in der Regel einmal im Monat mit den Gewerkschaften.",
            "de",
            "CONSULT",
        ),
        (
            "Die Polizei nimmt Demonstranten üblicherweise erst nach einer Warnung fest.",
            "de",
            "COERCE",
        ),
        ("Government ministers usually meet union leaders once a month.", "en", "CONSULT"),
        ("The police typically arrest protesters only after a warning.", "en", "COERCE"),
    ],
)
def test_a_norm_adverb_makes_a_general_statement(events_of, text, lang, type_) -> None:
    assert _types(events_of(text, lang), type_) == []


@pytest.mark.parametrize(
    ("text", "lang", "type_"),
    [
        (
            "Die Botschafter müssen regelmäßig vom Außenministerium einbestellt werden.",
            "de",
            "ACCUSE",
        ),
        (
            "Die Regierung muss die Gefangenen jährlich freilassen, sagt das Gesetz.",
            "de",
            "RETREAT",
        ),
        (
            "Under the treaty, inspectors must regularly visit the nuclear sites of Iran.",
            "en",
            "CONSULT",
        ),
    ],
)
def test_a_duty_that_recurs_is_a_rule(events_of, text, lang, type_) -> None:
    assert _types(events_of(text, lang), type_) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Die Differenzen zwischen Berlin und Paris sind durch Verhandlungen nicht zu lösen.",
            "de",
        ),
        ("Laut dem Minister ist mit Russland derzeit nicht zu verhandeln.", "de"),
    ],
)
def test_a_zu_infinitive_after_sein_is_what_can_be_done(events_of, text, lang) -> None:
    assert _types(events_of(text, lang), "CONSULT") == []


@pytest.mark.parametrize(
    ("text", "lang", "type_"),
    [
        (
            "Die Minister der Regierung trafen sich am Montag mit den Gewerkschaften.",
            "de",
            "CONSULT",
        ),
        ("Die Polizei nahm am Samstag in Berlin zwanzig Demonstranten fest.", "de", "COERCE"),
        ("Government ministers met union leaders in Nairobi on Monday.", "en", "CONSULT"),
        ("The police arrested twenty protesters in Lagos on Saturday.", "en", "COERCE"),
        ("Inspectors of the IAEA visited the nuclear sites of Iran on Tuesday.", "en", "CONSULT"),
        ("Russland hat die Ukraine regelmäßig mit Raketen angegriffen.", "de", "ASSAULT"),
        ("Russian forces regularly shelled Kharkiv last winter.", "en", "ASSAULT"),
        ("Die Regierung versuchte, mit den Rebellen zu verhandeln.", "de", "CONSULT"),
        (
            "Ein Kläger machte geltend, durch die Waffenlieferungen Deutschlands an Israel"
            " in seinen Rechten verletzt zu sein.",
            "de",
            "AID",
        ),
    ],
)
def test_reported_acts_stay(events_of, text, lang, type_) -> None:
    assert _types(events_of(text, lang), type_) == [type_]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Sie leben in einem Land, in dem die Polizei Journalisten jederzeit verhaften darf.",
            "de",
        ),
        ("They live in a country in which the police can arrest journalists at any time.", "en"),
    ],
)
def test_a_present_modal_in_a_relative_clause_describes_its_noun(events_of, text, lang) -> None:
    assert _types(events_of(text, lang), "COERCE") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Sie leben in einem Land, in dem die Polizei im Mai zwanzig Journalisten verhaftete.",
            "de",
        ),
        ("They live in a country in which the police arrested twenty journalists in May.", "en"),
    ],
)
def test_a_relative_clause_reporting_an_act_stays(events_of, text, lang) -> None:
    assert _types(events_of(text, lang), "COERCE") == ["COERCE"]
