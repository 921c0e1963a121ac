"""Event words that tell no happening, through the full pipeline: harms that await someone, lasting
states and relations, habits, prophecies, hedging participles, stances. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


def load_relevance_en():
    from chronist.events.relevance import load_relevance

    return load_relevance("en")


def test_a_harm_that_awaits_someone_is_no_threat(events_of) -> None:
    text = (
        "Menschenrechtler warnten, in Afghanistan drohten abgeschobenen Flüchtlingen "
        "Haft und Misshandlung."
    )
    assert [e.type for e in events_of(text, "de") if e.type == "THREATEN"] == []
    threat = events_of("Russland drohte der Ukraine mit neuen Angriffen.", "de")
    assert [e.type for e in threat] == ["THREATEN"]


def test_an_event_noun_in_a_lasting_state_is_no_event(events_of) -> None:
    assert events_of("In Jemen leben rund 20 Millionen Menschen von humanitärer Hilfe.", "de") == []
    assert events_of("Frankreich und Spanien verbindet eine enge Partnerschaft.", "de") == []
    assert events_of("Ukraine relies on Western military aid.", "en") == []
    sent = events_of("Germany sent military aid to Ukraine.", "en")
    assert [e.type for e in sent] == ["AID"]


def test_an_adjectival_passive_is_the_subjects_own_stance(events_of) -> None:
    event = events_of("Iran is no longer committed to the nuclear deal.", "en")[0]
    assert event.type == "REJECT" and event.source.country == "IRN"
    # Held, the commitment is a disposition, no pledge made (relevance: disposition_participles).
    assert events_of("Iran is committed to the nuclear deal.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Eine alte Prophezeiung behauptet, dass der König von Spanien bald abdanken wird.", "de"),
        ("An old legend says that the king of Spain will soon abdicate.", "en"),
    ],
)
def test_what_a_prophecy_says_is_no_happening(events_of, text, lang) -> None:
    assert [e for e in events_of(text, lang) if e.type == "RETREAT"] == []


def test_a_hedging_participle_before_a_noun_is_no_act() -> None:
    from chronist.events.relevance import _hedge
    from chronist.nlp import load

    cues = load_relevance_en()
    doc = load("en")("Lawmakers asked about alleged Chinese police stations in New York.")
    alleged = next(t for t in doc if t.text == "alleged")
    assert _hedge(alleged, cues)
    doc = load("en")("The prosecutor alleged that the mayor took bribes.")
    alleged = next(t for t in doc if t.text == "alleged")
    assert not _hedge(alleged, cues)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia has long supplied weapons to India.", "en"),
        ("Russia has traditionally supplied weapons to India.", "en"),
        ("Russland hat Indien seit langem Waffen geliefert.", "de"),
        ("Norwegen liefert traditionell Gas an Deutschland.", "de"),
    ],
)
def test_a_lasting_relation_is_background_not_a_happening(events_of, text, lang) -> None:
    assert [e for e in events_of(text, lang) if e.type == "AID"] == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Russia supplied weapons to India in May.", "en"),
        ("Russland lieferte Indien im Mai Waffen.", "de"),
        ("Poland criticised Russia, which has long supplied weapons to Syria.", "en"),
        ("Israeli soldiers routinely beat Palestinian detainees.", "en"),
        ("Indien kooperiert seit Jahren mit Russland bei der Raumfahrt.", "de"),
    ],
)
def test_a_dated_act_or_a_main_clause_above_a_habit_stays(events_of, text, lang) -> None:
    assert events_of(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("Japan urged Pyongyang to stop its launches and return to dialogue.", "en", "dialogue"),
        (
            "Analysts said the timing suggested Pyongyang wanted to show it could strike "
            "U.S. bases.",
            "en",
            "strike",
        ),
        ("Prices fell as Riyadh sought to win back market share.", "en", "sought"),
        (
            "If the sanctions on Russia were eased as part of a peace deal, prices would fall, "
            "an analyst said.",
            "en",
            "sanctions",
        ),
        (
            "Sollten die Kämpfe auf Burundi übergreifen, drohe eine Katastrophe für die Region.",
            "de",
            "drohe",
        ),
        ("Die Signale wurden von einer Bodenstation in Australien empfangen.", "de", "empfangen"),
    ],
)
def test_no_event_is_reported(events_of, text, lang, trigger) -> None:
    assert trigger not in by_trigger(events_of(text, lang))


def test_a_festive_march_is_no_protest(events_of) -> None:
    text = "Hundreds of Irish pupils marched through Boston in the annual St Patrick's Day parade."
    assert [e for e in events_of(text, "en") if e.type == "PROTEST"] == []
    text = "Hundreds of Irish pupils marched to the parliament in Dublin."
    assert [e.type for e in events_of(text, "en")] == ["PROTEST"]


def test_an_act_said_of_whoever_does_it_is_no_happening(events_of) -> None:
    text = '"Whoever attacks our hospitals attacks our children," the Czech minister wrote.'
    assert [e for e in events_of(text, "en") if e.type == "ASSAULT"] == []
    text = "Russian hackers attacked Czech hospitals, the Czech minister wrote."
    assert [e.type for e in events_of(text, "en")] == ["ASSAULT"]
