"""Factuality and attribution through the full pipeline: how far a negation reaches, conditions,
wishes, plans, announcements and pledges (PLOVER's AGREE reading), the future of a speech verb,
who reports a statement. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


def test_negation_does_not_spread_to_a_finite_conjunct(events_of) -> None:
    text = "The president said he would not veto the law and invited union leaders to talks."
    events = by_trigger(events_of(text, "en"))
    assert events["invited"].factuality == "asserted"
    assert events["veto"].factuality == "negated"


def test_negation_does_not_spread_to_a_conjunct_with_its_own_auxiliary(events_of) -> None:
    text = "Hanoi will not be bullied and would lodge a formal protest with Beijing."
    events = by_trigger(events_of(text, "en"))
    assert events["lodge"].factuality != "negated"


def test_negation_still_covers_a_bare_conjunct(events_of) -> None:
    text = "Vietnam will not criticize China or expel its diplomats."
    events = by_trigger(events_of(text, "en"))
    assert events["expel"].factuality == "negated"


def test_a_verb_first_condition_is_possible_and_no_demand(events_of) -> None:
    text = (
        "Sollte Washington neue Zölle verhängen, werde Peking mit Gegenmaßnahmen antworten, "
        "sagte der Minister."
    )
    events = by_trigger(events_of(text, "de"))
    assert events["verhängen"].type == "SANCTION"
    assert events["verhängen"].factuality == "possible"
    threat = events["antworten"]
    assert (threat.type, threat.factuality) == ("THREATEN", "asserted")
    assert threat.target is not None and threat.target.country == "USA"


def test_an_event_noun_in_a_falls_clause_is_possible(events_of) -> None:
    text = (
        "Falls die EU weitere Sanktionen erlässt, werde Russland mit Gegenmaßnahmen "
        "reagieren."
    )
    events = by_trigger(events_of(text, "de"))
    assert events["Sanktionen"].factuality == "possible"
    assert "plover_reading" not in events["Sanktionen"].attributes
    assert events["reagieren"].type == "THREATEN"


def test_an_if_clause_is_no_promise_and_the_answer_is_a_threat(events_of) -> None:
    text = "If the EU imposes new sanctions, his government will respond with countermeasures."
    events = events_of(text, "en")
    assert [e.type for e in events if e.trigger.text == "respond"] == ["THREATEN"]
    assert all(e.type != "AGREE" for e in events)


def test_a_wish_to_travel_stays_a_planned_visit(events_of) -> None:
    text = "Im Mai will Bundeskanzler Olaf Scholz nach Peking reisen."
    visit = by_trigger(events_of(text, "de"))["reisen"]
    assert (visit.type, visit.mode, visit.factuality) == ("CONSULT", "visit", "planned")
    assert visit.attributes["plover_reading"]["type"] == "AGREE"
    assert visit.target is not None and visit.target.country == "CHN"


def test_a_plan_to_deport_stays_a_planned_deportation(events_of) -> None:
    for language, text, trigger in (
        ("en", "Austria plans to deport convicted criminals to Afghanistan.", "deport"),
        ("de", "Deutschland will verurteilte Straftäter nach Syrien zurückführen.", "zurückführen"),
    ):
        event = by_trigger(events_of(text, language))[trigger]
        assert (event.type, event.mode, event.factuality) == ("COERCE", "deport", "planned")


def test_an_announced_commitment_is_still_a_promise(events_of) -> None:
    text = "Germany announced that it is ready to send humanitarian aid to Sudan."
    types = {e.type for e in events_of(text, "en")}
    assert "AGREE" in types


def test_no_longer_negates(events_of) -> None:
    event = events_of("Russia no longer attacks Ukraine.", "en")[0]
    assert event.factuality == "negated"


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
    event = by_trigger(events_of(text, lang))[trigger]
    assert (event.type, event.factuality) == ("AID", "planned")
    assert event.attributes["plover_reading"]["type"] == "AGREE"
    assert (event.source.country, event.target.country) == ("POL", "UKR")


def test_a_pledge_to_help_is_still_an_agree(events_of) -> None:
    text = "Poland said it is ready to send medicine to Ukraine."
    assert [e.type for e in events_of(text, "en") if e.trigger.text == "send"] == ["AGREE"]


def test_would_under_a_speech_verb_is_the_speakers_future(events_of) -> None:
    text = "Austria said it would expel two Russian diplomats."
    event = by_trigger(events_of(text, "en"))
    assert all(e.factuality != "possible" for e in event.values())


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Der Minister behauptet, dass der König von Spanien bald abdanken wird.", "de"),
        ("The minister says that the king of Spain will soon abdicate.", "en"),
    ],
)
def test_what_a_person_says_is_still_reported(events_of, text, lang) -> None:
    assert [e.type for e in events_of(text, lang)] == ["RETREAT"]


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "fact"),
    [
        (
            "Ukraine pledged to submit a new peace plan by the end of March.",
            "pledged",
            "AGREE",
            "planned",
        ),
        ("Novak said Moscow would meet its share of the cuts.", "meet", "AGREE", "planned"),
        ("Trump has said he would be willing to meet Kim again.", "meet", "AGREE", "possible"),
        ("Hamas is to release 33 hostages over six weeks.", "release", "RETREAT", "planned"),
        (
            "Syria said it is willing to withdraw its troops from Lebanon.",
            "withdraw",
            "AGREE",
            "asserted",
        ),
    ],
)
def test_announced_and_offered_acts_keep_their_factuality(
    events_of, text, trigger, kind, fact
) -> None:
    event = by_trigger(events_of(text, "en"))[trigger]
    assert (event.type, event.factuality) == (kind, fact)


def test_hiess_es_names_no_speaker_but_the_source_of_the_statement(events_of) -> None:
    events = events_of("Die Diplomaten müssten das Land verlassen, hieß es.", "de")
    assert all(e.reported_by is None or e.reported_by.get("name") != "es" for e in events)
    text = (
        "Die Diplomaten müssten das Land verlassen, hieß es in einer Mitteilung der "
        "malischen Regierung."
    )
    event = by_trigger(events_of(text, "de"))["verlassen"]
    assert event.reported_by is not None and event.reported_by.get("name") != "es"


def test_a_vow_to_expand_an_arsenal_is_a_planned_agree(events_of) -> None:
    event = by_trigger(events_of("North Korea vowed to expand its nuclear arsenal.", "en"))
    assert (event["vowed"].type, event["vowed"].factuality) == ("AGREE", "planned")


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("Der Minister wies die Kritik als „nicht gerechtfertigt“ zurück.", "de", "wies"),
        ("The Canadian government dismissed the claims as not credible.", "en", "dismissed"),
    ],
)
def test_a_negation_in_an_as_phrase_negates_the_attribute_not_the_act(
    events_of, text, lang, trigger
) -> None:
    assert by_trigger(events_of(text, lang))[trigger].factuality == "asserted"
    negated = "Der Minister wies die Kritik nicht zurück."
    assert by_trigger(events_of(negated, "de"))["wies"].factuality == "negated"


def test_an_event_noun_after_without_did_not_happen(events_of) -> None:
    text = ("Das US-Justizministerium ermittelte gegen ihn, beendete seine Untersuchung aber "
            "ohne Anklage.")
    events = by_trigger(events_of(text, "de"))
    assert "Anklage" not in events or events["Anklage"].factuality == "negated"
    assert events["ermittelte"].factuality == "asserted"
    # Only the noun after "ohne": the act of its clause still happened.
    arrest = by_trigger(events_of("Die Polizei nahm den Aktivisten ohne Haftbefehl fest.", "de"))
    assert arrest["nahm"].factuality == "asserted"


def test_a_no_after_a_verb_of_voting_is_its_answer_not_a_negation(events_of) -> None:
    text = (
        "Two French senators who voted no accused the government of betraying farmers. "
        "A third senator did not accuse the government."
    )
    events = by_trigger(events_of(text, "en"))
    assert events["accused"].factuality == "asserted"
    assert events["accuse"].factuality == "negated"


def test_would_in_a_reported_conjunct_is_the_speakers_future(events_of) -> None:
    text = (
        "The Austrian minister told reporters that Vienna respected the treaty and would "
        "expel two Russian diplomats."
    )
    events = by_trigger(events_of(text, "en"))
    assert events["expel"].factuality == "planned"
