"""Uses of event words that report no happening (events/relevance/), and everyday
paragraphs whose trigger words are no political events. Sentences are our own."""

from __future__ import annotations

import pytest

from chronist.events.relevance import load_relevance


@pytest.mark.parametrize("language", ["de", "en"])
def test_relevance_lists_load(language: str) -> None:
    relevance = load_relevance(language)
    assert "?" in relevance.question_marks
    assert relevance.sport_evidence >= 2
    assert "ASSAULT" in relevance.sport_types
    assert relevance.topic_heads and relevance.generic_infinitive_heads


# Everyday paragraphs (sport, business, weather, labour): no political event at all, even
# where a country's name stands for its football team.
EVERYDAY = [
    ("de", "Die deutsche Nationalmannschaft schlug Frankreich im Halbfinale mit 2:1. Nach dem "
           "Seitenwechsel griff Deutschland immer wieder über die linke Seite an, der Torwart "
           "der Franzosen hielt lange alles. Der Trainer lobte die Abwehr."),
    ("de", "Nach dem Anpfiff attackierte Österreich früh, doch die Schweiz verteidigte geschickt "
           "und rettete das 0:0 über die Zeit. In der Tabelle bleibt die Mannschaft Zweiter."),
    ("de", "Der Händler macht seinen Kunden ein neues Angebot: Wer bis Freitag bestellt, erhält "
           "zehn Prozent Rabatt. Die Firma liefert die Ware innerhalb von zwei Tagen."),
    ("de", "Ein Sturm zog in der Nacht über das Allgäu und riss mehrere Bäume um. Die Feuerwehr "
           "räumte die Straßen, Verletzte gab es nicht."),
    ("en", "Spain beat Italy 2-1 in the semi-final on Tuesday. Spain attacked from the first "
           "whistle and Italy's goalkeeper could not stop the winner. The coach praised his "
           "squad."),
    ("en", "England's captain struck twice as England beat Serbia in the qualifier, and the team "
           "now leads the group by three points after the match in Belgrade."),
    ("en", "The bakery offers a discount on bread after six. The company launched a new phone, "
           "and shoppers welcomed the lower price."),
    ("en", "A storm hit the coast overnight and knocked down power lines. Firefighters rescued a "
           "family whose car was trapped by the flood."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), EVERYDAY)
def test_everyday_paragraphs_give_no_event(events_of, language: str, text: str) -> None:
    assert events_of(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Direct questions.
        ("de", "Wie viel exportiert Deutschland aktuell nach Russland?"),
        ("en", "Will Iran retaliate against Israel after the strike?"),
        # An infinitive of ability, right or duty; also the second of two conjuncts.
        ("de", "Der Staat Frankreich hat die Pflicht, die Bürger zu schützen."),
        ("en", "He stressed the Pakistani state's responsibility to protect citizens."),
        ("en", "She said the committee would be able to question the assumptions, as well as "
               "demand more details from the British government."),
        # A generic condition.
        ("de", "Doch wenn Arbeiter in Kenia Löhne fordern, reagiert der Staat mit Gewalt."),
        # What someone imagines.
        ("en", "It is silly to imagine that another candidate from Iran will echo his line of "
               "attack on Israel."),
        # Not a comment on anything: no refusal.
        ("en", "The Chinese company, which sells milk in France, declined to comment."),
        # Under pressure is no demand.
        ("en", "Dairy prices in the European Union have been under pressure since last autumn."),
        ("de", "Die Regierung in Berlin steht seit Wochen unter Druck."),
        # A place is not whom one speaks with.
        ("de", "Das Verteidigungsministerium in Moskau sprach von einem massiven Schlag."),
    ],
)  # fmt: skip
def test_no_happening_is_no_event(events_of, language: str, text: str) -> None:
    assert events_of(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "event_type"),
    [
        # Real events stay: a reported attack, a dated arrest, talks that took place, an
        # attack on a stadium (one sport word is no sports report).
        ("de", "Russland hat am Montag die Ukraine angegriffen.", "ASSAULT"),
        ("en", "Russian troops attacked the stadium in Kharkiv on Monday.", "ASSAULT"),
        ("de", "Die Außenminister Polens und Deutschlands sprachen am Dienstag in Berlin "
               "miteinander.", "CONSULT"),
        ("en", "In May 2024, the British government ordered the Russian attaché to leave the "
               "country.", "SANCTION"),
        ("en", "Israel demanded the right to inspect the site, the Iranian foreign ministry said.",
         "REQUEST"),
    ],
)  # fmt: skip
def test_reported_events_stay(events_of, language: str, text: str, event_type: str) -> None:
    assert event_type in {e.type for e in events_of(text, language)}


@pytest.mark.parametrize(
    ("language", "text", "topic_type"),
    [
        # What talks or a vote are about has not happened; the talks have.
        ("de", "Gespräche über eine Waffenruhe zwischen Russland und der Ukraine kommen nicht "
               "voran.", "RETREAT"),
        ("en", "Diplomats of Iran and the United States held talks on sanctions relief in Oman.",
         "AID"),
    ],
)  # fmt: skip
def test_topic_of_talks_is_no_event(events_of, language: str, text: str, topic_type: str) -> None:
    types = {e.type for e in events_of(text, language)}
    assert topic_type not in types
    assert types  # the talks or the vote themselves


@pytest.mark.parametrize(
    ("language", "text", "event_type"),
    [
        # A bare definite event noun refers back to the reported meeting: one event.
        ("de", "Merz hat sich am Mittwoch in Warschau mit Polens Regierungschef Tusk getroffen. "
               "Scharfe Kritik an dem Treffen kam von der polnischen Opposition.", "CONSULT"),
        ("en", "Iran and the United States held talks in Oman on Tuesday. After the talks, the "
               "Iranian foreign minister Abbas Araqchi spoke of progress.", "CONSULT"),
    ],
)  # fmt: skip
def test_bare_definite_noun_is_no_new_event(
    events_of, language: str, text: str, event_type: str
) -> None:
    assert [e.type for e in events_of(text, language)].count(event_type) == 1


@pytest.mark.parametrize(
    ("language", "text", "topic_type"),
    [
        # What a protest calls for has not happened.
        ("de", "Wir hatten im Fernsehen Demonstrationen für die Freilassung der Geiseln der Hamas "
               "gesehen.", "RETREAT"),
    ],
)  # fmt: skip
def test_what_a_protest_calls_for_is_no_event(
    events_of, language: str, text: str, topic_type: str
) -> None:
    assert topic_type not in {e.type for e in events_of(text, language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A court battle pitting the two brothers of the British firm against one another "
               "has exposed discontent among shareholders."),
        ("de", "Unterstützung soll die Berliner Feuerwehr nun von der Flughafenfeuerwehr "
               "bekommen."),
    ],
)  # fmt: skip
def test_senses_and_services_give_no_event(events_of, language: str, text: str) -> None:
    assert events_of(text, language) == []
