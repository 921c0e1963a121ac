"""German word families of political news the lexicon lacked (issue #5, session 14): tariffs,
rounds of talks, repression nouns, accession and founding, readiness signalled, insults and
summons, terror designation, agreement reached, military operations begun and ended,
licences revoked, support underlined, hits, opposition, congratulations. Full pipeline,
sentences of our own; and the other senses the same words have."""

from __future__ import annotations

import pytest


def _types(events: list) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize(
    ("text", "event_type", "trigger"),
    [
        ("Die neuen Zölle Washingtons auf chinesische Waren treten am Montag in Kraft.",
         "SANCTION", "Zölle"),
        ("Die EU kündigte Schutzzölle auf Elektroautos aus China an.", "SANCTION", "Schutzzölle"),
        ("Die zweite Runde der Gespräche zwischen Kiew und Moskau endete ohne Ergebnis.",
         "CONSULT", "Runde"),
        ("In Brüssel begann eine neue Gesprächsrunde zwischen Serbien und dem Kosovo.",
         "CONSULT", "Gesprächsrunde"),
        ("Die Niederschlagung der Proteste durch die iranischen Sicherheitskräfte forderte "
         "Hunderte Tote.", "ASSAULT", "Niederschlagung"),
        ("Der Beitritt Schwedens zur Nato wurde im März vollzogen.", "COOPERATE", "Beitritt"),
        ("Die Organisation war 1993 von Polen und Ungarn gegründet worden.",
         "COOPERATE", "gegründet"),
        ("Teheran signalisierte Bereitschaft zu neuen Gesprächen mit Washington.",
         "AGREE", "signalisierte"),
        ("Der türkische Präsident beleidigte den französischen Staatschef.",
         "ACCUSE", "beleidigte"),
        ("Die Staatsanwaltschaft in Ankara lud den früheren Minister vor.", "ACCUSE", "lud"),
        ("Die Türkei stufte die Gruppe als Terrororganisation ein.", "SANCTION", "stufte"),
        ("Die Regierung Ruandas erklärte die Bewegung zur Terrororganisation.",
         "SANCTION", "erklärte"),
        ("Die Verständigung zwischen Athen und Skopje auf einen neuen Namen beendete den Streit.",
         "AGREE", "Verständigung"),
        ("Die Polizei ging auf Anweisung des Innenministers gegen die Demonstranten vor.",
         "REQUEST", "Anweisung"),
        ("Die Türkei startete eine Militäraktion gegen kurdische Milizen in Syrien.",
         "ASSAULT", "Militäraktion"),
        ("Der russische Militäreinsatz in der Ukraine dauert an.", "ASSAULT", "Militäreinsatz"),
        ("Frankreich beendete seinen Militäreinsatz in Mali.", "RETREAT", "beendete"),
        ("Die Militärjunta in Niger hat die Lizenz des französischen Uranförderers annulliert.",
         "COERCE", "annulliert"),
        ("Die Regierung in Bamako widerrief die Akkreditierung des französischen Senders.",
         "COERCE", "widerrief"),
        ("Der Außenminister unterstrich die Unterstützung Deutschlands für Israel.",
         "SUPPORT", "unterstrich"),
        ("Russische Raketen trafen in der Nacht ein Wohnhaus in Charkiw.", "ASSAULT", "trafen"),
        ("Die Bundesregierung wandte sich gegen die Pläne Ungarns.", "ACCUSE", "wandte"),
        ("Die Gratulation des Kanzlers an den neuen Präsidenten Polens kam prompt.",
         "SUPPORT", "Gratulation"),
    ],
)  # fmt: skip
def test_recall_de_word_family_is_coded(
    events_of, text: str, event_type: str, trigger: str
) -> None:
    assert (event_type, trigger) in _types(events_of(text, "de"))


@pytest.mark.parametrize(
    "text",
    [
        # customs, not a tariff
        "Der Zoll beschlagnahmte am Flughafen zwei Kilo Kokain.",
        # a round of a cup, not of talks
        "Der FC Bayern schied in der dritten Runde des Pokals aus.",
        # a company founded, not an alliance
        "Das Unternehmen wurde 1998 in Stuttgart gegründet.",
        # a risk rated, no designation
        "Die Zentralbank stufte das Risiko als gering ein.",
        # a party rated extremist: no event of the gold standards
        "Der Verfassungsschutz stuft die Partei als gesichert rechtsextremistisch ein.",
        # "Verständigung" as communication
        "Die sprachliche Verständigung im Team klappt gut.",
        # prosecution is no persecution
        "Die Strafverfolgung der Täter dauert an.",
        # a marriage or a booking annulled
        "Ein Gericht annullierte die Ehe der beiden.",
        "Die Fluggesellschaft annullierte alle Buchungen.",
        # a fire brigade's operation
        "Die Feuerwehr beendete ihren Einsatz am Abend.",
        # a meeting in a hospital, not a hit
        "Im Krankenhaus traf der Minister zwei verletzte Soldaten.",
        # "angewiesen auf": dependent on, no instruction
        "Deutschland ist auf Gas aus Norwegen angewiesen.",
    ],
)  # fmt: skip
def test_recall_de_word_family_other_sense_is_no_event(events_of, text: str) -> None:
    assert events_of(text, "de") == []
