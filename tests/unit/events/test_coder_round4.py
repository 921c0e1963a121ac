"""Known leftovers of issue #5 (round 4), on sentences of our own."""

from __future__ import annotations

import pytest


def _by_trigger(events: list) -> dict:
    return {e.trigger.text: e for e in events}


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("Poland announced it would send tanks to Ukraine.", "en", "send"),
        ("Polen kündigte an, Panzer in die Ukraine zu schicken.", "de", "schicken"),
    ],
)
def test_an_announced_arms_delivery_is_planned_aid_read_as_agree(
    events_of, text: str, lang: str, trigger: str
) -> None:
    event = _by_trigger(events_of(text, lang))[trigger]
    assert (event.type, event.factuality) == ("AID", "planned")
    assert event.attributes["plover_reading"]["type"] == "AGREE"
    assert (event.source.country, event.target.country) == ("POL", "UKR")


def test_a_pledge_to_help_is_still_an_agree(events_of) -> None:
    text = "Poland said it is ready to send medicine to Ukraine."
    assert [e.type for e in events_of(text, "en") if e.trigger.text == "send"] == ["AGREE"]


def test_troops_sent_are_still_a_mobilization(events_of) -> None:
    text = "France sent troops to Estonia in March."
    assert [e.type for e in events_of(text, "en") if e.trigger.text == "sent"] == ["MOBILIZE"]


def test_would_under_a_speech_verb_is_the_speakers_future(events_of) -> None:
    text = "Austria said it would expel two Russian diplomats."
    event = _by_trigger(events_of(text, "en"))
    assert all(e.factuality != "possible" for e in event.values())


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Bei einer Kundgebung vor dem Rathaus in Minsk nahm die belarussische Polizei "
            "zwölf Menschen fest.",
            "de",
        ),
        (
            "During a rally outside the town hall in Minsk, Belarusian police detained "
            "twelve people.",
            "en",
        ),
    ],
)
def test_the_subject_of_an_arrest_does_not_do_the_protest(events_of, text, lang) -> None:
    events = events_of(text, lang)
    arrests = [e for e in events if e.type == "COERCE"]
    assert arrests and arrests[0].source.country == "BLR"
    assert arrests[0].source.sector == "COP"
    for protest in (e for e in events if e.type == "PROTEST"):
        assert protest.source is None or protest.source.sector != "COP"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Bloggerin sitzt seit März in iranischer Haft.", "de"),
        ("The blogger has been held in Iranian custody since March.", "en"),
    ],
)
def test_a_country_adjective_on_custody_is_the_jailer(events_of, text, lang) -> None:
    events = [e for e in events_of(text, lang) if e.type == "COERCE"]
    assert len(events) == 1
    assert events[0].source is not None and events[0].source.country == "IRN"
    assert events[0].target is not None and events[0].target.country != "IRN"
    assert "blogger" in events[0].target.name.lower()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Scholz criticised the Polish plan. In parliament he again criticised the "
            "Polish plan.",
            "en",
        ),
        (
            "Scholz kritisierte den polnischen Plan. Im Bundestag hat er den polnischen Plan "
            "erneut kritisiert.",
            "de",
        ),
    ],
)
def test_again_tells_of_a_new_happening_not_a_repeat(events_of, text, lang) -> None:
    assert len([e for e in events_of(text, lang) if e.type == "ACCUSE"]) == 2


def test_a_headline_with_again_repeated_in_the_body_is_one_happening(events_of) -> None:
    text = (
        "Scholz again criticises Polish plan\n\n"
        "Scholz again criticised the Polish plan in a speech to parliament."
    )
    assert len([e for e in events_of(text, "en") if e.type == "ACCUSE"]) == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Eine alte Prophezeiung behauptet, dass der König von Spanien bald abdanken wird.", "de"),
        ("An old legend says that the king of Spain will soon abdicate.", "en"),
    ],
)
def test_what_a_prophecy_says_is_no_happening(events_of, text, lang) -> None:
    assert [e for e in events_of(text, lang) if e.type == "RETREAT"] == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Der Minister behauptet, dass der König von Spanien bald abdanken wird.", "de"),
        ("The minister says that the king of Spain will soon abdicate.", "en"),
    ],
)
def test_what_a_person_says_is_still_reported(events_of, text, lang) -> None:
    assert [e.type for e in events_of(text, lang)] == ["RETREAT"]


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


def load_relevance_en():
    from chronist.events.relevance import load_relevance

    return load_relevance("en")



def test_who_is_complained_about_is_the_target(events_of) -> None:
    text = "Lebanon complained to the United Nations over two Israeli air raids."
    complaints = [e for e in events_of(text, "en") if e.trigger.text == "complained"]
    assert complaints and complaints[0].target.country == "ISR"


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
