"""Crowd-control weapons used on people and protests crushed are coercion; a body dissolved by
a state organ, internet access cut and boats blocked are coercion; people sent back across a
border are deported; boats burned and missiles launched at a target are attacks; a single
warship sent is a deployment; an answer announced to another's steps is a threat; a
security council authorising a force agrees to it; a state stepping up deportations or
arrests does them. Sentences of our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Bolivian police used tear gas to clear the square in La Paz.", "COERCE"),
        ("Armenian police used stun grenades against demonstrators in Yerevan.", "COERCE"),
        ("Sri Lankan troops crushed the uprising within a week.", "COERCE"),
        ("Zambian police quelled the riots in Lusaka on Sunday.", "COERCE"),
        ("The Nicaraguan interior ministry dissolved the Red Cross federation.", "COERCE"),
        ("Pakistani authorities cut internet access in Quetta.", "COERCE"),
        ("Libyan coast guard boats blocked a rescue vessel off Tripoli.", "COERCE"),
        ("Spain sent back 40 migrants to Morocco on Tuesday.", "COERCE"),
        ("Senegal burned three Gambian fishing boats last year.", "ASSAULT"),
        ("Iraqi militias launched drones at a U.S. base in Syria.", "ASSAULT"),
        ("France sent a frigate to the Red Sea.", "MOBILIZE"),
        ("Tehran said it would respond to any new step by Washington.", "THREATEN"),
        ("The Security Council authorised a force for Somalia.", "AGREE"),
        ("Pakistan stepped up deportations of Afghan refugees.", "COERCE"),
        ("Belarusian police stepped up arrests of opposition activists.", "COERCE"),
    ],
)
def test_construction_is_coded_as(events_of, text: str, kind: str) -> None:
    assert kind in {e.type for e in events_of(text, "en")}


@pytest.mark.parametrize(
    "text",
    [
        "Europe used less gas last winter.",
        "The firm used rubber from Malaysian plantations.",
        "The spokesman responded to questions about the move.",
    ],
)
def test_ordinary_uses_are_no_event(events_of, text: str) -> None:
    assert events_of(text, "en") == []


def test_sent_back_goods_stay_aid(events_of) -> None:
    text = "Japan sent 30 tonnes of medical supplies to Gaza."
    assert "COERCE" not in {e.type for e in events_of(text, "en")}


def test_missile_launched_into_the_sea_is_no_attack(events_of) -> None:
    text = "North Korea launched a ballistic missile into the sea."
    assert "ASSAULT" not in {e.type for e in events_of(text, "en")}


def test_armed_forces_authorised_to_act_are_no_authorised_force(events_of) -> None:
    text = "The cabinet said the armed forces had been authorised to take all necessary steps."
    assert "AGREE" not in {e.type for e in events_of(text, "en")}


def test_clock_time_after_launch_is_no_target(events_of) -> None:
    text = "The rockets were launched from a site near Sanaa at around 6:15 a.m. local time."
    assert "ASSAULT" not in {e.type for e in events_of(text, "en")}
