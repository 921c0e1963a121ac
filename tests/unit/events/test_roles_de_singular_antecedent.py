"""German object relative clauses after a singular common noun ("die Regierung, die die
Rebellen angegriffen hatten"): "die" is feminine singular or plural and agrees with its
antecedent, so with a finite verb in the plural only the other phrase is the subject and
the pronoun the object (roles_de._singular_antecedent_plural_verb); doer and target were
swapped. A verb in the singular keeps the pronoun as subject; a name's number is left to
the old reading (the tagger makes "die USA" singular). Full pipeline, sentences of our
own."""

from __future__ import annotations

import pytest


def _pairs(events: list) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.type, e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die ukrainische Armee, die die russischen Truppen im Mai angegriffen hatten, zog "
         "sich zurück.", ("ASSAULT", "RUS", "UKR")),
        ("Die türkische Regierung, die die griechischen Politiker scharf kritisiert hatten, "
         "wies die Vorwürfe zurück.", ("ACCUSE", "GRC", "TUR")),
        ("Die israelische Botschaft, die die iranischen Demonstranten gestürmt hatten, blieb "
         "geschlossen.", ("ASSAULT", "IRN", "ISR")),
        ("Die pakistanische Armee, die die afghanischen Kämpfer beschossen haben, meldete "
         "zwei Tote.", ("ASSAULT", "AFG", "PAK")),
    ],
)  # fmt: skip
def test_plural_verb_after_singular_noun_makes_pronoun_object(events_of, text, expected) -> None:
    assert expected in _pairs(events_of(text, "de"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # singular verb: the pronoun is the subject, as before
        ("Die ukrainische Armee, die die russischen Stellungen im Mai angegriffen hatte, zog "
         "sich zurück.", ("ASSAULT", "UKR", "RUS")),
        # a name: its number is not trusted
        ("Die USA, die die Iraner scharf kritisiert hatten, lenkten ein.",
         ("ACCUSE", "USA", "IRN")),
    ],
)  # fmt: skip
def test_singular_verb_or_name_keeps_pronoun_subject(events_of, text, expected) -> None:
    assert expected in _pairs(events_of(text, "de"))
