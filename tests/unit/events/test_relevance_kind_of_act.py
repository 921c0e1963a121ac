"""Sentences of our own: a bare event noun (no article, number or actor of its own) in a
phrase of purpose or content on a noun names a kind of act, no happening (relevance
`kind_prepositions`, `generic.kind_of_act`), and so does a bare singular as the topic of a
verb of talking or writing (`speaking_verbs`); with an actor of its own, an article, or as a
circumstance ("bei Angriffen") it stays."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Westliche Dienste sehen in der Botschaft Irans eine Drehscheibe für Anschläge in "
         "Europa.", "ASSAULT"),
        ("Die Nato verfügt über Pläne für Angriffe auf russische Stellungen.", "ASSAULT"),
        ("Der Präsident hielt in Moskau eine Rede über Krieg und Frieden.", "ASSAULT"),
        ("Die Regierung in Kiew veröffentlichte Regeln für Besuche in Gebieten an der Front.",
         "CONSULT"),
        ("Die Regierung in Warschau richtete eine Hotline für Hilfe nach Anschlägen ein.", "AID"),
        ("Der Kreml nutzt das Staatsfernsehen als Plattform für Drohungen gegen den Westen.",
         "THREATEN"),
        # A bare singular as what one talks or writes about (`speaking_verbs`): a topic.
        ("Der Präsident sprach in seiner Rede lange über Krieg und Frieden.", "ASSAULT"),
        ("Die Minister diskutierten in Brüssel über Migration, Energie sowie Krieg und "
         "Rüstung.", "ASSAULT"),
        ("Das Staatsfernsehen berichtete tagelang nicht über Protest in der Provinz.",
         "PROTEST"),
        ("Die Kanzlerin schrieb in ihren Memoiren über Diplomatie und Krieg.", "ASSAULT"),
    ],
)
def test_kind_of_act(events_of, text: str, type_: str) -> None:
    assert type_ not in types_of(events_of(text, "de"))


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Bei Angriffen der russischen Armee auf Charkiw wurden am Montag drei Zivilisten "
         "getötet.", "ASSAULT"),
        ("Moskau sprach von Vergeltung für ukrainische Drohnenangriffe auf russische "
         "Raffinerien.", "ASSAULT"),
        ("Der chinesische Außenminister reist in der kommenden Woche zu Gesprächen nach Berlin.",
         "CONSULT"),
        ("Die Regierung dankte Frankreich für die Hilfe nach dem Erdbeben.", "AID"),
        ("Tausende demonstrierten am Samstag in Berlin für Frieden.", "PROTEST"),
        ("Das Staatsfernsehen berichtete über Angriffe der Armee auf Dörfer im Norden.",
         "ASSAULT"),
        ("Die Regierung in Kiew berichtete am Montag über einen Angriff auf Charkiw.",
         "ASSAULT"),
    ],
)
def test_act_kept(events_of, text: str, type_: str) -> None:
    assert type_ in types_of(events_of(text, "de"))
