"""Giving one's backing or blessing is support; armed forces clashing fight (crowds clashing
with police riot); a bloc suspending a member state sanctions it (suspended officials are
no such act); a trade mission called off is a cancelled visit; condolences offered are
sympathy, no offer of a deal; forces crossing into a country are an incursion; the
of-phrase of a visit names the visitor. Sentences of our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Dutch parliament gave its backing to the naval mission.", "SUPPORT"),
        ("Kazakhstan gave its blessing to the pipeline project.", "SUPPORT"),
        ("Troops clashed with rebels near Goma on Sunday.", "ASSAULT"),
        ("Israeli forces clashed with Palestinian gunmen in Jenin.", "ASSAULT"),
        ("Protesters clashed with police in Tbilisi.", "PROTEST"),
        ("ECOWAS suspended Guinea from the bloc after the coup.", "SANCTION"),
        ("The Commonwealth suspended Fiji in 2009.", "SANCTION"),
        ("The Dutch government called off the trade mission to China.", "SANCTION"),
        ("Chile offered its condolences to Bolivia after the floods.", "SUPPORT"),
        ("Russian tanks crossed into Ukraine before dawn.", "MOBILIZE"),
    ],
)
def test_construction_is_coded_as(events_of, text: str, kind: str) -> None:
    assert kind in {e.type for e in events_of(text, "en")}


@pytest.mark.parametrize(
    "text",
    [
        "The party suspended the minister over the scandal.",
        "Police suspended two officers after the video emerged.",
    ],
)
def test_suspended_officials_are_no_sanction(events_of, text: str) -> None:
    assert "SANCTION" not in {e.type for e in events_of(text, "en")}


def test_condolences_are_no_offer_of_a_deal(events_of) -> None:
    text = "Chile offered its condolences to Bolivia after the floods."
    assert "AGREE" not in {e.type for e in events_of(text, "en")}


def test_visit_of_a_leader_to_a_capital_is_his_states_visit(events_of) -> None:
    text = "The visit of the Indian prime minister to Moscow drew criticism from Kyiv."
    visits = [e for e in events_of(text, "en") if e.type == "CONSULT"]
    assert [(e.source.country, e.target.country) for e in visits] == [("IND", "RUS")]


def test_migrants_crossing_are_no_incursion(events_of) -> None:
    text = "Thousands of migrants crossed into Poland from Belarus."
    assert "MOBILIZE" not in {e.type for e in events_of(text, "en")}
