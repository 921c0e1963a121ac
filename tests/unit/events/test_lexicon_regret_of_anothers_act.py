"""Regretting another party's decision or move disapproves of it (ACCUSE); regretting one's
own decision or a loss is an apology (CONCEDE). Sentences of our own."""

from __future__ import annotations

import pytest

from chronist.api import extract


def _regret(text: str):
    doc = extract(text, language="en", published="2026-03-04")
    return next(e for e in doc.events if e.trigger.text == "regrets")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Sri Lanka barred Chinese research ships from its ports. The Chinese embassy in "
         "Colombo said it regrets the decision.", "LKA"),
        ("Austria regrets Hungary's move to close the border.", "HUN"),
    ],
)  # fmt: skip
def test_regretting_anothers_act_is_disapproval(text: str, target: str) -> None:
    event = _regret(text)
    assert event.type == "ACCUSE"
    assert event.target is not None and event.target.country == target


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government said it regrets its decision to expel the journalists.",
        "The minister said he regrets the deaths of the soldiers.",
    ],
)
def test_regretting_own_act_or_a_loss_stays_an_apology(text: str) -> None:
    assert _regret(text).type == "CONCEDE"
