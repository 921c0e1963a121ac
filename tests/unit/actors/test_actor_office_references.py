"""References to office holders: a local office ("der Landrat", "the mayor") never
takes up a person known by an office of a state or Land, nor the reverse; a subject
pronoun right after an unnamed role noun takes up that role, not the protagonist named
further back, while a former office ("der frühere Vizekanzler") is someone named before.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import linker

link = linker("2026-03-01")


def entities(doc) -> dict[str, object]:
    return {m.text: m.entity for m in doc.actor_mentions}


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("de", "Ministerpräsident Tobias Wernecke besuchte die Messe. Der Landrat lobte die "
           "Aussteller.", "Landrat"),
    ("en", "Prime Minister Tobias Wernecke opened the fair. The mayor praised the "
           "exhibitors.", "mayor"),
])
def test_local_office_does_not_take_up_a_state_office_holder(stages, lang, text, surface):
    found = entities(link(stages, text, lang))
    assert surface in found and found[surface] is None, found


def test_local_office_takes_up_its_own_holder(stages):
    text = "Landrat Tobias Wernecke besuchte die Messe. Der Landrat lobte die Aussteller."
    found = entities(link(stages, text, "de"))
    assert found.get("Landrat") is not None, found


def test_pronoun_after_an_unnamed_role_takes_up_the_role(stages):
    text = ("Ministerpräsident Tobias Wernecke besuchte die Messe. Der Landrat verurteilte "
            "die Blockade. Wer Straßen sperre, schade allen, sagte er am Abend.")
    doc = link(stages, text, "de")
    pronoun = next(m for m in doc.actor_mentions if m.text == "er")
    assert pronoun.entity is None and pronoun.sector == "GOV"


def test_pronoun_after_a_former_office_takes_up_the_person_named(stages):
    text = ("Bis Jahresende bleibt Jonas Brenner Direktor. Der frühere Vizekanzler steht seit "
            "2019 an der Spitze des Instituts. Nach einer ersten Amtszeit wurde er bestätigt.")
    doc = link(stages, text, "de")
    pronoun = next(m for m in doc.actor_mentions if m.text == "er")
    assert pronoun.entity is not None and "brenner" in str(pronoun.entity)
