"""Sentences of our own: trigger words in an everyday sense told apart from their political
sense by the words around them (lexicon `without`): beating a rival in an election, a fight
over a bill, receiving a call, praising an album, using a work force, paying a salary,
liquidating a company, a negligent killing ("fahrlässige Tötung"), the summit of a mountain,
a starting gun, the refuse collection ("Müllabfuhr")."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("The path to beating President Trump in the election is hard, said Senator Warren.",
         "en", "ASSAULT"),
        ("Senator Warren and President Trump fought a pitched battle over a bill on health care.",
         "en", "ASSAULT"),
        ("President Biden received a call that the president of Iran had died.", "en", "CONSULT"),
        ("Prime Minister Keir Starmer praised the new album of Taylor Swift.", "en", "SUPPORT"),
        ("The Chinese government wants each nation to produce chips using its own "
         "infrastructure and work force.", "en", "ASSAULT"),
        ("Gegen den früheren Landrat läuft ein Verfahren wegen fahrlässiger Tötung, sagte der "
         "Innenminister.", "de", "ASSAULT"),
        ("Prime Minister Narendra Modi reached the summit of the mountain on Tuesday.",
         "en", "CONSULT"),
        ("The Indian minister fired the starting gun for the marathon in Delhi.", "en", "ASSAULT"),
        ("Der Bundespräsident erreichte am Morgen den Gipfel des Berges.", "de", "CONSULT"),
        ("Die Berliner Stadtverwaltung hat die Müllabfuhr in drei Bezirken neu geregelt.",
         "de", "REJECT"),
        ("Die Bundesregierung zahlt das Gehalt der früheren Außenministerin bei der UN.",
         "de", "AID"),
        ("Der chinesische Immobilienkonzern Evergrande wird auf Anordnung eines Gerichts "
         "liquidiert.", "de", "ASSAULT"),
        ("Der chinesische Baukonzern Country Garden, einst der größte Bauträger des Landes, "
         "wird auf Anordnung eines Gerichts in Hongkong liquidiert.", "de", "ASSAULT"),
    ],
)
def test_everyday_sense_codes_nothing(events_of, text: str, language: str, kind: str) -> None:
    assert kind not in types_of(events_of(text, language))


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Police beat protesters with batons in the capital on Sunday.", "en", "ASSAULT"),
        ("Russian troops fought Ukrainian forces near Bakhmut.", "en", "ASSAULT"),
        ("President Biden received a delegation of the Kenyan government.", "en", "CONSULT"),
        ("Prime Minister Keir Starmer praised the French president for his courage.",
         "en", "SUPPORT"),
        ("The Chinese army used force against the protesters in Hong Kong.", "en", "ASSAULT"),
        ("Der Soldat steht wegen der Tötung eines Gefangenen in Syrien vor Gericht.",
         "de", "ASSAULT"),
        ("Prime Minister Modi will attend the summit of the G20 in Brazil.", "en", "CONSULT"),
        ("Police fired at the protesters in the capital.", "en", "ASSAULT"),
        ("Der Kanzler erteilte den Forderungen der Opposition eine klare Abfuhr.", "de", "REJECT"),
        ("Die Bundesregierung zahlt der Ukraine weitere 500 Millionen Euro.", "de", "AID"),
        ("Der russische Geheimdienst hat den Oppositionellen in Berlin liquidiert.",
         "de", "ASSAULT"),
    ],
)
def test_political_sense_still_codes(events_of, text: str, language: str, kind: str) -> None:
    assert kind in types_of(events_of(text, language))
