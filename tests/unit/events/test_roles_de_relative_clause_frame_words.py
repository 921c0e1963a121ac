"""A German relative clause's pronoun stands for the phrase before it, so that phrase's
noun counts as the frame word of the clause's verb ("die Kundgebung, die von der Polizei
aufgelöst wurde": breaking up a rally; "das Abkommen, das … unterzeichnet hatten": signing
an agreement). Verbs whose frame word is neither in the clause nor its antecedent keep
their other senses. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("Die Kundgebung, die von der Polizei gewaltsam aufgelöst wurde, hatte friedlich "
         "begonnen.", "aufgelöst", "COERCE"),
        ("Das Abkommen, das Serbien und Kosovo im März unterzeichnet hatten, ist bis heute "
         "nicht umgesetzt.", "unterzeichnet", "AGREE"),
    ],
)  # fmt: skip
def test_relative_clause_verb_takes_antecedent_as_frame_word(
    events_of, text: str, trigger: str, type_: str
) -> None:
    assert by_trigger(events_of(text, "de"))[trigger].type == type_


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Der Chor, der nach dem Konzert aufgelöst wurde, hatte vierzig Mitglieder.",
         "aufgelöst"),
        ("Der Vertrag, den der Verein mit dem Spieler geschlossen hat, läuft bis 2027.",
         "geschlossen"),
        ("Die Firma, die der Unternehmer vor zehn Jahren gegründet hat, beschäftigt 200 "
         "Menschen.", "gegründet"),
    ],
)  # fmt: skip
def test_relative_clause_without_political_frame_word_codes_nothing(
    events_of, text: str, trigger: str
) -> None:
    assert trigger not in by_trigger(events_of(text, "de"))
