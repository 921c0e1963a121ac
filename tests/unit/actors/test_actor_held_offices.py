""""his office said": the staff of a state office holder named by a personal possessive
is the government of that person's state; an office of nobody in particular, or of a
private person, is no actor."""

from __future__ import annotations

from linking import actors, found, linker

link = linker("2026-04-01")


def test_office_of_a_state_office_holder_is_its_government(stages):
    text = ("Chilean President Gabriel Boric condemned the attack on Monday. In a statement, "
            "his office said the police would investigate.")
    assert actors(link(stages, text))["office"] == ("CHL", "GOV")


def test_office_without_an_office_holder_is_no_actor(stages):
    text = ("The writer said her office in Leeds had been closed since March. He has been "
            "in office since 2020.")
    assert not [m for m in found(link(stages, text), "office") if m.is_actor]


def test_office_after_a_sentence_opening_feminine_possessive(stages):
    text = ("Hungarian President Helen Varga said the state would send more money to the "
            "shelters. Her office did not say how much.")
    assert actors(link(stages, text))["office"] == ("HUN", "GOV")
