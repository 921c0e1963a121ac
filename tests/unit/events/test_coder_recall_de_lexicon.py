"""German predicates of news language the coder must not miss (issue #5): a war of aggression,
a trial against someone, a guilty verdict, a status granted to a state, praise and admiration,
counter-measures announced. Full pipeline, sentences of our own; and their other senses."""

from __future__ import annotations

import pytest


def _types(events: list) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize(
    ("text", "event_type", "trigger"),
    [
        ("Seit dem Angriffskrieg Aserbaidschans gegen Armenien ist die Grenze geschlossen.",
         "ASSAULT", "Angriffskrieg"),
        ("In Koblenz begann der Prozess gegen zwei Offiziere der syrischen Armee.",
         "ACCUSE", "Prozess"),
        ("Die EU-Kommission führt ein Verfahren gegen Ungarn.", "ACCUSE", "Verfahren"),
        ("Ein Gericht in Teheran sprach den französischen Journalisten schuldig.",
         "SANCTION", "sprach"),
        ("Der frühere Präsident Perus wurde in drei Fällen für schuldig befunden.",
         "SANCTION", "befunden"),
        ("Die EU hat Moldau im Juni den Status eines Beitrittskandidaten verliehen.",
         "AGREE", "verliehen"),
        ("Der ungarische Regierungschef schwärmte von der Politik des US-Präsidenten.",
         "SUPPORT", "schwärmte"),
        ("Der serbische Präsident bewundert den russischen Staatschef.", "SUPPORT", "bewundert"),
        ("Das Gericht in Den Haag verpflichtete Serbien zu Sofortmaßnahmen.",
         "REQUEST", "verpflichtete"),
        ("Kenia und Uganda verpflichteten sich zu einer engeren Zusammenarbeit.",
         "AGREE", "verpflichteten"),
        ("Die Grünen bemängelten den Haushaltsentwurf der Bundesregierung.",
         "ACCUSE", "bemängelten"),
        ("Der CDU-Chef distanzierte sich von den Äußerungen des AfD-Politikers.",
         "ACCUSE", "distanzierte"),
        ("Moskau stritt jede Beteiligung an dem Anschlag ab.", "REJECT", "stritt"),
    ],
)  # fmt: skip
def test_recall_de_lexicon_predicate_is_coded(
    events_of, text: str, event_type: str, trigger: str
) -> None:
    assert (event_type, trigger) in _types(events_of(text, "de"))


def test_recall_de_lexicon_sanctions_decided_are_imposed(events_of) -> None:
    events = events_of("Die Afrikanische Union hat Sanktionen gegen Mali beschlossen.", "de")
    assert [(e.type, e.factuality) for e in events if e.trigger.text == "beschlossen"] == [
        ("SANCTION", "asserted")
    ]


def test_recall_de_lexicon_counter_measures_announced_are_a_threat(events_of) -> None:
    text = "Peking werde entschiedene Gegenmaßnahmen gegen Washington ergreifen, sagte er."
    assert ("THREATEN", "ergreifen") in _types(events_of(text, "de"))


@pytest.mark.parametrize(
    "text",
    [
        "Der Friedensprozess in Kolumbien stockt seit Monaten.",
        "Das Verfahren zur Wahl des Präsidenten dauert lange.",
        "Der Schauspieler schwärmte von dem neuen Film.",
        "Die Universität hat der Forscherin einen Preis verliehen.",
        "Der Sänger distanzierte sich von seiner Band.",
    ],
)
def test_recall_de_lexicon_other_senses_code_nothing(events_of, text: str) -> None:
    assert events_of(text, "de") == []
