"""General senses and statements that are no political act (sentences of
our own). A threat noun naming a danger (relevance `danger_nouns`), firing someone
(`dismissal_verbs`), one speaker discussing a topic (`topic_verbs`), what looms over someone
("X drohen Probleme"), a ranking ("auf dem letzten Platz gelandet"), an English open
condition with do-support ("if we don't protect ..."), a thing approved or published
(`thing_patient_acts`), showing something ("demonstrating his gratitude") and defending
oneself (`self_directed_types`)."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("lang", "text", "type_"),
    [
        (
            "en",
            "Canadian officials see Russia as the biggest threat to Arctic security.",
            "THREATEN",
        ),
        ("en", "The German army faces rising Russian security threats.", "THREATEN"),
        (
            "en",
            "Pakistan's army is tackling the evolving nature of threats from the Taliban.",
            "THREATEN",
        ),
        ("de", "Die größte Bedrohung für Israel ist das iranische Atomprogramm.", "THREATEN"),
        ("de", "Die Bedrohung der Ukraine durch Russland wächst.", "THREATEN"),
        ("en", "President Ruto may be forced to fire General Ochieng.", "ASSAULT"),
        ("en", "The UN fired nine staff members after an investigation.", "ASSAULT"),
        ("en", "Tony Blair discusses Brexit and Keir Starmer in a long interview.", "CONSULT"),
        ("en", "The Heritage Foundation's John Smith discusses China on Fox News.", "CONSULT"),
        ("en", "The Russian president was calm when discussing Ukraine.", "CONSULT"),
        ("de", "Samsung drohen in Deutschland Probleme für seine Smartphones.", "THREATEN"),
        ("de", "Der Minister ist auf dem letzten Platz gelandet.", "CONSULT"),
        ("en", "If we don't protect our workers, China will dominate the market.", "REJECT"),
        ("de", "Seit Anfang 2022 ist das neue Medikament in der EU zugelassen.", "RETREAT"),
        (
            "de",
            "Die Bar war laut dem Schweizer Bürgermeister für 200 Personen zugelassen.",
            "RETREAT",
        ),
        ("en", "The Swedish government released new guidance on civil defence.", "RETREAT"),
        ("en", "He smiled, demonstrating his deep gratitude to the Kenyan president.", "PROTEST"),
        ("en", "The Israeli prime minister defended himself against the accusations.", "SUPPORT"),
        ("de", "Der syrische Offizier hat nur sich selbst verteidigt.", "SUPPORT"),
        ("en", "The American government released two indicators of consumer spending.", "RETREAT"),
    ],
)
def test_no_political_act(events_of, lang: str, text: str, type_: str) -> None:
    assert type_ not in types_of(events_of(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "type_"),
    [
        ("en", "Russia's threat to cut gas supplies to Germany alarmed the EU.", "THREATEN"),
        ("en", "The Russian government issued threats to Georgia.", "THREATEN"),
        ("de", "Trumps Drohung mit Zöllen verärgerte die EU.", "THREATEN"),
        ("en", "The Israeli tank fired two shells at the reporters.", "ASSAULT"),
        ("en", "Hamas fired rockets into Israel.", "ASSAULT"),
        ("en", "The Russian and Chinese presidents discussed trade on Monday.", "CONSULT"),
        ("de", "Russland drohte den baltischen Staaten erneut.", "THREATEN"),
        ("de", "Die Separatisten drohen der Regierung.", "THREATEN"),
        ("de", "Der Iran drohte Israel Vergeltung an.", "THREATEN"),
        ("de", "Russland droht der Ukraine mit neuen Angriffen.", "THREATEN"),
        ("de", "Die Kanzlerin landete am Montag in Kiew.", "CONSULT"),
        ("de", "Israel hat humanitäre Hilfe in den Gazastreifen zugelassen.", "RETREAT"),
        ("de", "Die Partei ist in Russland verboten.", "COERCE"),
        (
            "en",
            "Thousands of Kenyan students were demonstrating outside the parliament in Nairobi.",
            "PROTEST",
        ),
        ("en", "The Israeli prime minister defended his defence minister.", "SUPPORT"),
        ("de", "Der Kanzler verteidigte seinen Minister gegen die Vorwürfe.", "SUPPORT"),
    ],
)
def test_still_an_act(events_of, lang: str, text: str, type_: str) -> None:
    assert type_ in types_of(events_of(text, lang))
