"""Evaluations as events: an act of another actor judged by a word of blame (describing or
labelling it as unacceptable, saying it was a mistake or reckless: a predicate noun or
adjective of a copula) is an accusation of its doer; praise by a complement ("called the
accord historic") is support. Judging one's own side, or weather and sport, is none.
Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        (
            "Russia expelled two British diplomats. London said the move was a betrayal.",
            "en",
            "betrayal",
        ),
        (
            "Russia expelled two diplomats. Britain's foreign secretary described the "
            "expulsion as unacceptable.",
            "en",
            "described",
        ),
        (
            "Russia expelled two British diplomats. London said the decision was unacceptable.",
            "en",
            "unacceptable",
        ),
        (
            "Russland wies am Montag zwei Diplomaten aus. Der britische Außenminister sagte, "
            "diese Entscheidung sei ein Fehler.",
            "de",
            "Fehler",
        ),
        (
            "Russland wies am Montag zwei Diplomaten aus. Der britische Außenminister sagte, "
            "diese Entscheidung sei inakzeptabel.",
            "de",
            "inakzeptabel",
        ),
    ],
)
def test_blaming_another_actors_act_accuses_its_doer(events_of, text, lang, trigger) -> None:
    event = by_trigger(events_of(text, lang))[trigger]
    assert (event.type, event.source.country, event.target.country) == ("ACCUSE", "GBR", "RUS")


def test_a_bad_idea_judges_the_act_its_subject_refers_to(events_of) -> None:
    text = (
        "The United States imposed tariffs on Mexican steel. Mexico's economy minister said "
        "these tariffs were a bad idea."
    )
    event = by_trigger(events_of(text, "en"))["idea"]
    assert (event.type, event.source.country, event.target.country) == ("ACCUSE", "MEX", "USA")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Britain raised taxes. The British finance minister said the decision was "
            "irresponsible.",
            "en",
        ),
        (
            "France raised its budget. The French finance minister said the decision was a "
            "mistake.",
            "en",
        ),
        (
            "Frankreich erhöhte seinen Haushalt. Der französische Finanzminister sagte, diese "
            "Entscheidung sei ein Fehler.",
            "de",
        ),
    ],
)
def test_blaming_ones_own_side_is_no_accusation(events_of, text, lang) -> None:
    assert not [e for e in events_of(text, lang) if e.type == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        (
            "Germany signed the accord with France on Monday. Italy's prime minister called "
            "the accord historic.",
            "en",
            "called",
        ),
        (
            "Deutschland unterzeichnete am Montag das Abkommen mit Frankreich. Italiens "
            "Regierungschefin bezeichnete das Abkommen als historisch.",
            "de",
            "bezeichnete",
        ),
    ],
)
def test_praising_an_act_by_a_complement_is_support(events_of, text, lang, trigger) -> None:
    event = by_trigger(events_of(text, lang))[trigger]
    assert (event.type, event.source.country) == ("SUPPORT", "ITA")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The coach described the victory as historic.", "en"),
        ("The coach called the weather terrible.", "en"),
        ("The German chancellor said the storm was outrageous.", "en"),
        ("Der Bundestrainer nannte das Spiel historisch.", "de"),
        ("Der Kanzler sagte, das Wetter sei unerträglich.", "de"),
    ],
)
def test_judging_sport_or_weather_is_no_event(events_of, text, lang) -> None:
    assert events_of(text, lang) == []
