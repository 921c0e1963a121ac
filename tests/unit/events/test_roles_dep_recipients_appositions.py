"""English roles the parse hides: whom blame is laid on, who draws or faces criticism, the
object of a let/allow infinitive, a predicate or relative clause hung on an apposition, what
someone is accused of, the object of a verb led into by help/try/continue, a particle read
as a preposition, and a headline's comma list of subjects. Sentences of our own, through the
full pipeline."""

from __future__ import annotations

import pytest
from event_builders import by_trigger, event_of_type


def _roles(event) -> tuple[str | None, str | None]:
    source = event.source.country if event.source is not None else None
    target = event.target.country if event.target is not None else None
    return source, target


@pytest.mark.parametrize(
    "text",
    [
        "The attack, which Britain blamed on Russian intelligence, shocked Europe.",
        "Britain blamed Russia for the attack.",
    ],
)
def test_whom_blame_is_laid_on_is_the_target(events_of, text) -> None:
    blame = by_trigger(events_of(text, "en"))["blamed"]
    assert blame.type == "ACCUSE"
    assert _roles(blame) == ("GBR", "RUS")


@pytest.mark.parametrize(
    ("text", "trigger", "roles"),
    [
        ("Hungary faced sharp criticism from France over the law.", "criticism", ("FRA", "HUN")),
        ("The reform won the backing of the French government.", "backing", ("FRA", None)),
        ("Sudan received humanitarian aid from Germany.", "aid", ("DEU", "SDN")),
    ],
)
def test_who_draws_or_faces_an_act_is_its_target_and_the_giver_its_source(
    events_of, text, trigger, roles
) -> None:
    event = by_trigger(events_of(text, "en"))[trigger]
    assert _roles(event)[0] == roles[0]
    if roles[1] is not None:
        assert _roles(event)[1] == roles[1]


def test_a_country_whence_criticism_comes_is_its_source(events_of) -> None:
    text = "The decision drew sharp criticism from Germany."
    criticism = by_trigger(events_of(text, "en"))["criticism"]
    assert criticism.source is not None and criticism.source.country == "DEU"


def test_who_must_face_penalties_is_whom_the_demand_is_made_of(events_of) -> None:
    text = "The United States declared that China must drop its barriers or face penalties."
    # One demand, whichever of its words ("must drop", "face penalties") names it.
    demand = event_of_type(events_of(text, "en"), "REQUEST")
    assert _roles(demand) == ("USA", "CHN")


def test_whom_a_state_allows_to_act_is_the_target(events_of) -> None:
    text = "Belarus allowed Russia to use its territory for the drills."
    allowed = by_trigger(events_of(text, "en"))["allowed"]
    assert allowed.type == "COOPERATE"
    assert _roles(allowed) == ("BLR", "RUS")


def test_a_predicate_hung_on_the_subjects_apposition_has_that_subject(events_of) -> None:
    text = (
        "Japan's main opposition party, the Constitutional Democratic Party, called on "
        "Beijing to release the detainees."
    )
    call = by_trigger(events_of(text, "en"))["called"]
    assert call.type == "REQUEST"
    assert _roles(call) == ("JPN", "CHN")


def test_a_relative_clause_on_an_apposition_tells_of_the_renamed_noun(events_of) -> None:
    text = "Rosneft, an oil company that criticised the Ukrainian government, closed its office."
    criticism = by_trigger(events_of(text, "en"))["criticised"]
    assert criticism.source is not None and criticism.source.name == "Rosneft"
    assert _roles(criticism)[1] == "UKR"


def test_what_someone_is_accused_of_is_no_part_of_the_accused(events_of) -> None:
    text = "Haiti accused its neighbor of mistreating Haitian migrants."
    accusation = by_trigger(events_of(text, "en"))["accused"]
    assert accusation.source is not None and accusation.source.country == "HTI"
    assert accusation.target is None or "migrants" not in (accusation.target.name or "")


@pytest.mark.parametrize(
    ("text", "trigger", "roles"),
    [
        ("Germany pledged to help rebuild Ukraine.", "pledged", ("DEU", "UKR")),
        ("The United States vowed to continue to support Israel.", "vowed", ("USA", "ISR")),
        ("Iran threatened to try to seize the British tanker.", "threatened", ("IRN", "GBR")),
    ],
)
def test_a_verb_that_leads_into_another_has_its_object_there(
    events_of, text, trigger, roles
) -> None:
    assert _roles(by_trigger(events_of(text, "en"))[trigger]) == roles


def test_the_object_of_a_particle_read_as_a_preposition_is_the_verbs(events_of) -> None:
    text = "The Bolivian Senate voted down the gas agreement with Paraguay."
    rejection = by_trigger(events_of(text, "en"))["voted"]
    assert rejection.type == "REJECT"
    assert _roles(rejection) == ("BOL", "PRY")


def test_names_listed_with_a_comma_in_a_headline_are_all_subjects(events_of) -> None:
    drills = by_trigger(events_of("U.S., South Korea begin drills", "en"))["begin"]
    assert drills.source is not None
    assert {m.country for m in drills.source.members} == {"USA", "KOR"}


def test_an_act_in_a_prepositional_phrase_of_a_drawing_verb_is_not_received(events_of) -> None:
    text = "Prosecutors said the Kenyan state had drawn a blank in its investigations of the MP."
    for event in events_of(text, "en"):
        if event.trigger.text == "investigations":
            assert event.target is None or event.target.name != "state"
