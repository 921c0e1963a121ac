"""Roles through relative clauses, claims, occasions and for-to clauses: the object of a relative
clause is the noun it modifies; who claims an attack is its doer, and the doer of a passive act
in it ("killed in an ambush by X"); "called for X to …" asks X. Sentences
of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    "text",
    [
        "The British tanker, which Iranian forces seized on Sunday, was released.",
        "The British tanker that Iranian forces seized on Sunday was released.",
    ],
)
def test_the_object_of_a_relative_clause_is_its_noun(events_of, text) -> None:
    seizure = by_trigger(events_of(text, "en"))["seized"]
    assert seizure.source.country == "IRN"
    assert seizure.target is not None and seizure.target.country == "GBR"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The attack was claimed by the Islamic State.", "attack"),
        ("The bombing, which was claimed by IS, killed twelve soldiers in Nigeria.", "bombing"),
        ("The bombing, claimed by the Islamic State, killed ten soldiers in Niger.", "bombing"),
    ],
)
def test_who_claims_an_attack_is_its_doer(events_of, text, trigger) -> None:
    event = by_trigger(events_of(text, "en"))[trigger]
    assert event.type == "ASSAULT"
    assert event.source is not None and event.source.name == "Islamic State"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Germany called for Israel to allow more aid into Gaza.", "ISR"),
        ("The French government called for Iran to release the two teachers.", "IRN"),
    ],
)
def test_call_for_with_a_for_to_clause_is_a_request_to_its_subject(events_of, text, target):
    request = by_trigger(events_of(text, "en"))["called"]
    assert request.type == "REQUEST"
    assert request.target is not None and request.target.country == target


def test_a_call_before_its_preposition_is_no_phrasal_verb(events_of) -> None:
    text = "On Tuesday, the court in Berlin will call a witness for the defence to testify."
    assert all(e.type != "REQUEST" for e in events_of(text, "en"))


@pytest.mark.parametrize(
    "text",
    [
        "Three Pakistani soldiers were killed in an ambush by the Pakistani Taliban.",
        "Three Pakistani soldiers were killed in an ambush later claimed by the Pakistani Taliban.",
    ],
)
def test_a_passive_act_is_done_by_the_doer_of_its_occasion(events_of, text) -> None:
    killing = by_trigger(events_of(text, "en"))["killed"]
    assert killing.source is not None and "taliban" in (killing.source.name or "").lower()


def test_a_predicate_hung_on_its_subject_after_a_relative_clause_keeps_it(events_of) -> None:
    text = "Brazil, which borders both countries, called for calm."
    request = by_trigger(events_of(text, "en"))["called"]
    assert request.type == "REQUEST" and request.source.country == "BRA"
