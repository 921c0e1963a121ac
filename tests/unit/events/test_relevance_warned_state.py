"""A warning of a state of affairs is no threat; recognising a fact told in a clause without
"that" is knowing. Sentences are our own."""

from __future__ import annotations

import pytest


def _types(events_of, text: str) -> list[str]:
    return [e.type for e in events_of(text, "en")]


@pytest.mark.parametrize(
    "text",
    [
        "Relief groups warned that Somalia is sliding into famine.",
        "Relief groups warned that Yemen faces a cholera outbreak and that hospitals are running "
        "out of fuel.",
        "The mayor of Leeds warned how the West Yorkshire Police must not let looters win.",
        "The Chadian side was warned that such conduct endangers the whole region.",
    ],
)
def test_a_warning_of_a_state_is_no_threat(events_of, text) -> None:
    assert "THREATEN" not in _types(events_of, text)


@pytest.mark.parametrize(
    "text",
    [
        "The interior minister warned how the Kenyan army will crush the rebels.",
        "The interior minister warned that the Kenyan army would crush the rebels.",
        "The general warned the rebels they would face the full force of the army.",
        "The Kenyan president warned that Kenya reserved the right to strike back if the "
        "militants attacked again.",
    ],
)
def test_a_warning_of_an_act_to_come_stays_a_threat(events_of, text) -> None:
    assert "THREATEN" in _types(events_of, text)


def test_recognising_a_clause_without_that_is_knowing(events_of) -> None:
    text = "The senator seemed to recognise the Supreme Court was about to rule against her."
    assert "SUPPORT" not in _types(events_of, text)
    assert "SUPPORT" in _types(events_of, "The government recognised Kosovo in 2008.")
